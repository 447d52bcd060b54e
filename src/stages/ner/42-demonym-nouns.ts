import type { Doc } from '../../document/doc.js';
import type { KbEntry } from '../../kb/types.js';
import { memoWord } from '../../cache/memo.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import { announcesNoun } from '../../lang/de/determiners.js';
import { HYPHEN_DEMONYM_PREFIXES } from '../../lang/de/demonym-forms.js';
import { isTreatyNoun } from '../../lang/de/treaty-nouns.js';
import { PRIORITY, type Candidate } from './candidate.js';
import type { TownDemonym } from './demonym-index.js';

/**
 * Inflection endings of demonym nouns, each tried: the bare form, `Franzose-n`, `Italiener-n`/`-s`, `Schweizerin-nen`,
 * and the feminine of a demonym the KB lists without one (`Wiener-innen`).
 */
const DEMONYM_ENDINGS = ['', 'n', 'en', 's', 'ns', 'nen', 'in', 'innen'];

/** A part before the hyphen of a hyphenated demonym: a prefix of demonym-forms.ts or an acronym (`US`, `UK`). */
const demonymPrefix = (part: string) => HYPHEN_DEMONYM_PREFIXES.has(part) || /^\p{Lu}{2,3}$/u.test(part);

/**
 * The place whose demonym `word` is in an inflected form (`Franzose(n)`, `Italiener(n|s)`, `Schweizerin(nen)`), from
 * the KB's demonym index (lower-case keys); a hyphenated word by its last part after capitalised prefixes
 * of demonym-forms.ts or of up to three capitals (`Ost-Berliner`, `Deutsch-Türken`, `Afro-Amerikaner`, `UK-Briten`) when
 * the KB does not list it whole (`US-Amerikaner`); not after a name (`Hamburg-Mannheimer`, an insurer);
 * undefined for any other word.
 */
export function demonymPlace(word: string, demonyms: ReadonlyMap<string, KbEntry>): KbEntry | undefined {
  const lower = word.toLowerCase();
  for (const ending of DEMONYM_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const place = demonyms.get(lower.slice(0, lower.length - ending.length));
    if (place) return place;
  }
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0 && /^(\p{Lu}\p{L}*-)+\p{Lu}\p{Ll}+$/u.test(word) && word.slice(0, hyphen).split('-').every(demonymPrefix)) {
    return demonymPlace(word.slice(hyphen + 1), demonyms);
  }
  return undefined;
}

/** {@link demonymPlace} memoised per word, for one KB's demonym index (news vocabulary repeats). */
export function demonymLookup(demonyms: ReadonlyMap<string, KbEntry>): (word: string) => KbEntry | undefined {
  return memoWord((word) => demonymPlace(word, demonyms));
}

/** Capitalised, or a hyphenated word whose last part is (`Ost-Berliner`, `US-Amerikanerin`). */
const CAPITALISED = /^(\p{Lu}\p{Ll}|(\p{Lu}\p{L}*-)+\p{Lu}\p{Ll})/u;

/**
 * Whether token `i`, a town's demonym (`Reinacher`, `Gutmadinger`; demonym-index.ts), stands where a demonym does and
 * a surname (`Steiner`) hardly: as the adjective in -er before a common noun (`seinem Reinacher IT-Unternehmen`,
 * `Kinzigtäler Frauen`; a hyphenated noun by its last part; not before a treaty's head), or as a noun right after a
 * determiner or inflected adjective and before no capitalised word (`die Warener wohl`, `der Pinzgauer`) when it is
 * no common noun or compound (`der Trainer`, not of Train); never after a capitalised word other than a determiner.
 */
function townContext(t: Doc['tokens'], i: number): boolean {
  const same = (k: number) => t[k] !== undefined && t[k].sentence === t[i].sentence;
  const previous = same(i - 1) ? t[i - 1].norm : undefined;
  if (previous !== undefined && /^\p{Lu}/u.test(previous) && !announcesNoun(previous)) return false;
  const next = same(i + 1) ? t[i + 1].norm : undefined;
  if (next !== undefined && /^\p{Lu}/u.test(next)) return t[i].norm.endsWith('er') && isCommonNoun(next.slice(next.lastIndexOf('-') + 1)) && !isTreatyNoun(next);
  // A common noun or noun compound of that shape is the noun (`der Trainer` is no demonym of Train, `die Gräberfelder`
  // none of a place in -feld): only its adjective use counts.
  return previous !== undefined && announcesNoun(previous) && !isCommonNoun(t[i].norm);
}

/**
 * Demonym nouns of KB places (`der Schotte`, `die Tschechin`, `den Franzosen`): GermEval's LOCderiv, which the tagger
 * misses for peoples it rarely saw. Capitalised words only; not before another capitalised word, which they may
 * begin the name of (`Deutsche Umwelthilfe`, `Schweizer Franken`, `Wiener Staatsoper`), unless a first name
 * (`isFirstName`) and a surname follow (`dem Spanier Carlos Alcaraz`) or the demonym is an invariant adjective in
 * -er (`der Schweizer Hersteller`); nor after a capitalised word other than a determiner, whose surname they are
 * (`Christiane Holländer`). Demonyms of the towns of the link-only tables (`townOf`) only in the context of
 * {@link townContext}.
 */
export function findDemonymNouns(
  doc: Doc,
  placeOf: (word: string) => KbEntry | undefined,
  isFirstName: (word: string) => boolean,
  townOf: (word: string) => TownDemonym | undefined = () => undefined,
): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i].norm;
    if (!CAPITALISED.test(w)) continue;
    // The place first (a memoised look-up): the context tests below run only for demonyms.
    const place = placeOf(w);
    if (place?.type !== 'LOC') {
      const town = place ? undefined : townOf(w);
      if (town && townContext(t, i)) out.push({ start: t[i].start, end: t[i].end, type: 'LOC', kind: 'deriv', source: 'rule:demonym-noun', confidence: 0.7, priority: PRIORITY.townDemonym, ...(town.entry ? { kbId: town.entry.id } : {}) });
      continue;
    }
    const next = t[i + 1];
    const same = (k: number) => t[k] !== undefined && t[k].sentence === t[i].sentence;
    // Before a first name and a surname it describes the person (`den Franzosen Arthur Rinderknech`); two name words
    // that are no common nouns, since the first-name list holds some (`Der Deutsche Tennis Bund`).
    const nameWord = (k: number) => same(k) && /^\p{Lu}/u.test(t[k].norm) && !isCommonNoun(t[k].norm, { compounds: false });
    const beforePerson = nameWord(i + 1) && nameWord(i + 2) && isFirstName(next.norm);
    // A demonym in -er before a noun is the invariant adjective (`der Schweizer Armee`), as city adjectives are; before
    // a treaty's or event's head it opens that name (`dem Pariser Klimaabkommen`, OTH).
    const adjective = w.endsWith('er') && !/^\p{Lu}{2}/u.test(next?.norm ?? '') && !isTreatyNoun(next?.norm ?? '');
    if (same(i + 1) && /^\p{Lu}/u.test(next.norm) && !beforePerson && !adjective) continue;
    // After a capitalised word other than a determiner it is a surname (`Christiane Holländer`, `Stefan Schwabe`).
    const previous = t[i - 1];
    if (previous && previous.sentence === t[i].sentence && /^\p{Lu}/u.test(previous.norm) && !announcesNoun(previous.norm)) continue;
    out.push({ start: t[i].start, end: t[i].end, type: 'LOC', kind: 'deriv', source: 'rule:demonym-noun', confidence: 0.8, priority: PRIORITY.adjective, kbId: place.id });
  }
  return out;
}
