import type { KbEntry } from '../../kb/types.js';
import type { LinkCandidate } from './candidates.js';
import { specificSupport, support, type LinkContext } from './context.js';
import { soleNewsPerson } from './lone-surname.js';
import { oldestPlace } from './tie-break.js';

/** The entry chosen for a cluster, how sure, and by which rule (for tests and debugging). */
export interface LinkChoice {
  entry: KbEntry;
  confidence: number;
  rule: 'only-candidate' | 'prior-and-context' | 'short-form' | 'spelling-variant' | 'person-form';
}

/** A prior score lead the best candidate of one name needs over the next (one unit: about e times as prominent). */
export const MARGIN = 1;
/** Full-name occurrences in the development text that make a lone short form (`Merkel`) safe to link alone. */
export const PROMINENT = 10;
/**
 * KB persons bearing a surname that make it very common (`Müller`, `Schmidt`, `Williams`): a table person's full
 * name with such a surname (`Thomas Müller` the politician, `Klaus Müller`) names others too, and links only with a
 * full point of support from the article.
 */
export const COMMON_SURNAME = 30;
/**
 * How prominent an entry is in news: its count in the development text (`prominence`), and at least
 * {@link PROMINENT} for curated entries, which were chosen by hand because news names them (the development text
 * is older than the news it serves: `Trump` occurs 6 times in it).
 */
export function prominence(entry: KbEntry): number {
  return entry.linkOnly ? entry.prominence ?? 0 : Math.max(entry.prominence ?? 0, PROMINENT);
}

/**
 * The prominence prior of an entry (documented in docs/kb.md): log(1 + how often its names occur in the development
 * news), plus half the decimal log of a place's population, plus 1 for curated entries (chosen for news by hand).
 */
export function prior(entry: KbEntry): number {
  return Math.log1p(prominence(entry)) + (entry.population ? Math.log10(entry.population) / 2 : 0) + (entry.linkOnly ? 0 : 1);
}

/**
 * An entry news has chosen for its name, beyond the tables: one the development text names at least
 * {@link PROMINENT} times (`Sigmar Gabriel`, of seven Gabriels in the KB), or one confirmed from the frequency list
 * of the development news, where a reviewer decided what the name means there (`Lewis Hamilton`).
 */
function chosenForNews(entry: KbEntry): boolean {
  return entry.source === 'news-frequent' || (entry.prominence ?? 0) >= PROMINENT;
}

/**
 * A table place with neither population nor any occurrence in the development text: one of 15,000 municipalities,
 * whose names are often those of better-known places elsewhere. (A person's full name is far more specific.)
 */
function obscure(entry: KbEntry): boolean {
  return entry.type === 'LOC' && !!entry.linkOnly && !entry.population && !entry.prominence;
}

/**
 * The support from the article a table person's full name needs: a full point when the surname is very common (and
 * the given name not rare: `Serena Williams` is one person, `Klaus Müller` many) or a
 * namesake was chosen for news (`Lewis Hamilton` the racing driver, not the footballer), not one context word, since
 * `Bundestag` in some other sentence names no Klaus Müller; a full point too after a business role noun
 * (`Konzernchef Alexander Otto` is no footballer: no table holds business people); else none, also for a surname
 * some KB persons share (`Claudia Roth`, `Jérôme Boateng`: a full name is specific).
 */
function supportNeeded(c: LinkCandidate, namesakeChosen: boolean, businessRole: () => boolean): number {
  const common = (c.namesakes ?? 0) >= COMMON_SURNAME && !c.rareGivenName?.();
  return common || namesakeChosen || businessRole() ? 1 : 0;
}

/** Prior plus two per unit of support from the article. */
function score(entry: KbEntry, ctx: LinkContext): number {
  return prior(entry) + 2 * support(entry, ctx);
}

/**
 * The best entry by score when it leads the next by the margin; else, for a full name (`byAge`), among table places
 * of one name within the margin, the far older Wikidata item (`tie-break.ts`); else undefined (NIL).
 */
function clearBest(entries: KbEntry[], ctx: LinkContext, byAge = false): KbEntry | undefined {
  const ranked = entries.map((e) => ({ e, s: score(e, ctx) })).sort((a, b) => b.s - a.s);
  if (ranked.length === 1 || ranked[0].s - ranked[1].s >= MARGIN) return ranked[0].e;
  return byAge ? oldestPlace(ranked.filter((r) => ranked[0].s - r.s < MARGIN).map((r) => r.e)) : undefined;
}

/**
 * Chooses among a cluster's candidates, or none (NIL). A full name or alias with one candidate links; several are
 * told apart by prior and context. A short form (a lone surname, `Bayern`) links only with support from the article
 * or, alone, to an entry far more prominent than all others of that form. A spelling variant links only to a
 * prominent entry or one the article supports, another form of a person's name only to one the article supports.
 */
export function chooseEntry(candidates: readonly LinkCandidate[], ctx: LinkContext, cluster: { businessRole?: () => boolean } = {}): LinkChoice | undefined {
  if (!candidates.length) return undefined;
  let entries = [...new Set(candidates.map((c) => c.entry))];
  const match = candidates[0].match;
  if (match === 'name') {
    const namesakeChosen = entries.some(chosenForNews);
    const common = (c: LinkCandidate) => c.entry.linkOnly && !chosenForNews(c.entry) && support(c.entry, ctx) < supportNeeded(c, namesakeChosen, cluster.businessRole ?? (() => false));
    const unsupported = new Set(candidates.filter(common).map((c) => c.entry));
    if (unsupported.size) {
      // A namesake the article supports (`Thomas Müller` with FC Bayern named) or news chose (`Lewis Hamilton` the
      // racing driver, not the footballer) beats the unsupported ones; else NIL.
      entries = entries.filter((e) => !unsupported.has(e));
      if (!entries.some((e) => support(e, ctx) >= 1 || chosenForNews(e))) return undefined;
    }
    if (entries.length === 1) {
      const only = entries[0];
      // An obscure table place needs one sign from the article: a village named like a canton (`Tessin`).
      if (obscure(only) && support(only, ctx) === 0) return undefined;
      return { entry: only, confidence: 0.9, rule: 'only-candidate' };
    }
    const best = clearBest(entries, ctx, true);
    return best && { entry: best, confidence: 0.75, rule: 'prior-and-context' };
  }
  if (match === 'short') {
    const known = (e: KbEntry) => prominence(e) >= 1 || ctx.ids.has(e.id);
    // A lone short form needs a full point (an entry the article names, a role noun, two context words) and some
    // prominence: a table entry nobody names in the development news is too obscure, unless the article names it
    // in full (`Austria Presse Agentur`, then `APA`: in-document coreference). A lone surname's point must name the
    // person in particular (party, club, office, role noun), not context words or the country: `Parlament` and
    // `Abgeordnete` support every parliamentarian called Weber, `Deutschland` every German. And the best must lead
    // the unnamed entries the article supports as well, or one count in the development text would decide.
    const backed = (e: KbEntry) => support(e, ctx) >= 1 && (e.type !== 'PER' || specificSupport(e, ctx, { country: false }) >= 1);
    const supported = entries.filter(backed);
    if (supported.some(known)) {
      const best = clearBest(supported, ctx);
      return best && known(best) ? { entry: best, confidence: 0.7, rule: 'short-form' } : undefined;
    }
    // Alone, only what the development text shows counts: a curated minister's surname is also a spokesperson's. The
    // others weigh their count and one, those it never names a half (add-half smoothing: `Gabriel` is Sigmar Gabriel,
    // 35 counts beside 8 other bearers, while `Hamilton`'s 21 do not outweigh 27).
    const counted = (e: KbEntry) => e.prominence ?? 0;
    const ranked = [...entries].sort((a, b) => counted(b) - counted(a));
    const top = counted(ranked[0]);
    const rest = ranked.slice(1).reduce((sum, e) => sum + counted(e) + (counted(e) > 0 ? 1 : 0.5), 0);
    if (top >= PROMINENT && top >= 5 * rest) return { entry: ranked[0], confidence: 0.65, rule: 'short-form' };
    const sole = soleNewsPerson(entries);
    return sole && { entry: sole, confidence: 0.55, rule: 'short-form' };
  }
  // Another form of a person's name needs the article's support even for a prominent person (`Luki Frieden` of a
  // Swiss football club is not the minister Luc Frieden); a middle part dropped or added support that names the
  // person in particular (a related entry but the country, a role noun), not context words or the country, which fit
  // a person's relatives and compatriots alike: `US-Präsident George Bush` may be George W. Bush's father, the Swiss
  // team doctor `Walter O. Frey` is not the Swiss politician Walter Frey.
  const middle = match === 'middle-dropped' || match === 'middle-initial';
  const backs = (e: KbEntry) => (middle ? specificSupport(e, ctx, { country: false }) : support(e, ctx)) > 0;
  const fitting = entries.filter((e) => (match === 'fuzzy' && prominence(e) >= PROMINENT) || backs(e));
  return fitting.length === 1 ? { entry: fitting[0], confidence: match === 'fuzzy' ? 0.6 : 0.55, rule: match === 'fuzzy' ? 'spelling-variant' : 'person-form' } : undefined;
}
