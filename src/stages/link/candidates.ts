import type { EntityType, Mention } from '../../document/types.js';
import type { KbEntry } from '../../kb/types.js';
import { stripGenitive } from '../../lang/de/genitive.js';
import { englishTransliterations } from '../../lang/de/slavic-transliteration.js';
import type { CandidateIndex } from './candidate-index.js';
import { foldKey, lastWord } from './fold.js';
import { nearSpellings } from './near-spellings.js';
import { otherPersonForms, surnameBearers } from './person-forms.js';
import { clubsByCore } from './club-names.js';
import { rareGivenName } from './given-names.js';

/**
 * How a candidate was found: by a full name or alias, by a short form that needs support, by a near spelling, by
 * another form of a person's name: a middle part added or dropped, a given name spelled otherwise (person-forms.ts).
 */
export type MatchKind = 'name' | 'short' | 'fuzzy' | 'middle-dropped' | 'middle-initial' | 'given-name';

/** One KB entry a cluster may name, with how it was found. */
export interface LinkCandidate {
  entry: KbEntry;
  match: MatchKind;
  /** String similarity of the closest name (1 for exact keys). */
  similarity: number;
  /** For persons: how many KB persons bear the surname (`Müller`: dozens), a sign of a common name. */
  namesakes?: number;
  /** For persons: whether the given name is rare (given-names.ts), asked only when the surname is common. */
  rareGivenName?: () => boolean;
}

/** True when the entry's type may be the mention's: the same type; OTH mentions may name products too. */
export function typeFits(mention: EntityType, entry: EntityType): boolean {
  return mention === entry || (mention === 'OTH' && entry === 'PRODUCT');
}

/** The folded keys a cluster's names give: each name as written and without a genitive ending (`Merkels`). */
export function clusterKeys(mentions: readonly Mention[]): string[] {
  const keys = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    keys.add(foldKey(m.text));
    const bare = stripGenitive(m.text);
    if (bare) keys.add(foldKey(bare));
  }
  keys.delete('');
  return [...keys];
}

/** How many KB persons bear the surname of a person entry. */
function namesakesOf(entry: KbEntry, index: CandidateIndex): number {
  return surnameBearers(lastWord(foldKey(entry.name)), index);
}

/**
 * Every KB entry of a fitting type a cluster may name. Full names and aliases first; when none fits, short forms
 * (a lone surname, a context alias); when none of those either, names of one last word spelled nearly alike, and
 * then the English transliteration of a Slavic surname written in the German one (`Petro Poroschenko`).
 */
export function findCandidates(keys: readonly string[], type: EntityType, index: CandidateIndex): LinkCandidate[] {
  // Kept per type and keys: names recur from article to article, and a surname alone has hundreds of candidates.
  let memo = candidateMemos.get(index);
  if (!memo) candidateMemos.set(index, (memo = new Map()));
  const memoKey = `${type}\u0000${keys.join('\u0001')}`;
  let found = memo.get(memoKey);
  if (!found) {
    if (memo.size >= 100_000) memo.clear();
    memo.set(memoKey, (found = candidatesOf(keys, type, index)));
  }
  return found;
}

const candidateMemos = new WeakMap<CandidateIndex, Map<string, LinkCandidate[]>>();

function candidatesOf(keys: readonly string[], type: EntityType, index: CandidateIndex): LinkCandidate[] {
  const pick = (kind: MatchKind, lists: Array<readonly KbEntry[]>, sim = 1): LinkCandidate[] => {
    const seen = new Set<KbEntry>();
    for (const list of lists) for (const e of list) if (typeFits(type, e.type)) seen.add(e);
    // Namesakes matter for full names only (a short form is weighed otherwise), and a surname has hundreds.
    const person = (entry: KbEntry) => ({ namesakes: namesakesOf(entry, index), rareGivenName: () => rareGivenName(entry, index) });
    return [...seen].map((entry) => ({ entry, match: kind, similarity: sim, ...(kind === 'name' && entry.type === 'PER' ? person(entry) : {}) }));
  };
  const byName = pick('name', keys.map((k) => index.names(k)));
  if (byName.length) return byName;
  const multiWord = keys.filter((k) => k.includes(' '));
  // A club named without its ordinal or founding year (`FC Ingolstadt` for `FC Ingolstadt 04`).
  const clubs = type === 'ORG' ? pick('name', multiWord.map((k) => clubsByCore(k, index))) : [];
  if (clubs.length) return clubs;
  if (!multiWord.length) return pick('short', keys.map((k) => index.shortForms(k)));
  const fuzzy: LinkCandidate[] = [];
  for (const key of multiWord) {
    for (const [other, sim] of nearSpellings(key, index)) fuzzy.push(...pick('fuzzy', [index.names(other)], sim));
  }
  if (fuzzy.length) return fuzzy;
  // Each name with its English transliteration, when the rules change its surname: a first name alone (`John` ->
  // `Yohn`) would find other people's names.
  const english = multiWord.flatMap((key) => englishTransliterations(key).filter((e) => lastWord(e) !== lastWord(key)).map((e) => [key, e] as const));
  // A person's name that is a KB name once transliterated (`Boris Nemzow` -> `boris nemtsov`) is that name, when no KB
  // person bears the surname as written (`Frank Fischer` -> `frank fisher` is no transliteration); near spellings of
  // it, and the others, are spelling variants.
  const transliterated = ([key, e]: readonly [string, string]) => {
    const found = type === 'PER' ? index.names(e) : [];
    return found.length && !surnameBearers(lastWord(key), index) ? found : [];
  };
  const exact = pick('name', english.map(transliterated));
  if (exact.length) return exact;
  for (const [, e] of english) for (const [other, sim] of nearSpellings(e, index)) fuzzy.push(...pick('fuzzy', [index.names(other)], sim));
  if (fuzzy.length || type !== 'PER') return fuzzy;
  // A person's name in another form: a middle part added or dropped, a given name spelled otherwise (person-forms.ts).
  for (const key of multiWord) {
    const { form, keys: others } = otherPersonForms(key, index);
    if (others.length) return pick(form, others.map((other) => index.names(other)), 0);
  }
  return [];
}
