import type { EntityType, Mention } from '../../document/types.js';
import type { KbEntry } from '../../kb/types.js';
import { stripGenitive } from '../../lang/de/genitive.js';
import { englishTransliterations } from '../../lang/de/slavic-transliteration.js';
import type { CandidateIndex } from './candidate-index.js';
import { foldKey, lastWord } from './fold.js';
import { similarity } from './similarity.js';
import { clubsByCore } from './club-names.js';
import { rareGivenName } from './given-names.js';

/** How a candidate was found: by a full name or alias, by a short form that needs support, by a near spelling. */
export type MatchKind = 'name' | 'short' | 'fuzzy';

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

/** Lowest Jaro-Winkler similarity of a spelling variant (`Wladimir Putin` / `Vladimir Putin` is 0.95). */
export const FUZZY_THRESHOLD = 0.93;

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

const namesakeCounts = new WeakMap<CandidateIndex, Map<string, number>>();

/** How many KB persons bear the surname of a person entry (counted once per surname and index). */
function namesakesOf(entry: KbEntry, index: CandidateIndex): number {
  let counts = namesakeCounts.get(index);
  if (!counts) namesakeCounts.set(index, (counts = new Map()));
  const surname = lastWord(foldKey(entry.name));
  let n = counts.get(surname);
  if (n === undefined) counts.set(surname, (n = index.shortForms(surname).filter((o) => o.type === 'PER').length));
  return n;
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
  for (const key of multiWord) {
    for (const english of englishTransliterations(key)) {
      // Only a surname the rules change: a first name alone (`John` -> `Yohn`) would find other people's names.
      if (lastWord(english) === lastWord(key)) continue;
      for (const [other, sim] of nearSpellings(english, index)) fuzzy.push(...pick('fuzzy', [index.names(other)], sim));
    }
  }
  return fuzzy;
}

/** Lowest Jaro-Winkler similarity of each differing word of a spelling variant (`wladimir` / `vladimir`: 0.92). */
export const WORD_THRESHOLD = 0.85;

/**
 * True when two names of as many words differ in no word by more than a spelling (`Wladimir Putin` / `Vladimir
 * Putin`), so that a different word that shares letters with the name is no variant: `Kickers Offenbach` is not
 * `Kreis Offenbach` (0.95 as whole names, `kickers` / `kreis` 0.74), `VfB Artern` not `VfL Artern`.
 */
function wordsAlike(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  return x.length !== y.length || x.every((w, i) => w === y[i] || similarity(w, y[i]) >= WORD_THRESHOLD);
}

/** More names than this ending with one word (`müller`) make a near spelling too likely someone else: none tried. */
export const MAX_VARIANTS = 100;
const variantMemos = new WeakMap<CandidateIndex, Map<string, Array<[string, number]>>>();

/**
 * Full-name keys spelled nearly like `key` (Jaro-Winkler >= {@link FUZZY_THRESHOLD}) with the same last word, with
 * their similarity. Only keys within three characters of its length are compared, and the answer is kept per key:
 * most multi-word names of an article are unknown people, and this runs for each of them.
 */
function nearSpellings(key: string, index: CandidateIndex): Array<[string, number]> {
  let memo = variantMemos.get(index);
  if (!memo) variantMemos.set(index, (memo = new Map()));
  let found = memo.get(key);
  if (found) return found;
  found = [];
  const others = index.keysEndingWith(lastWord(key));
  if (others.length <= MAX_VARIANTS) {
    for (const other of others) {
      if (Math.abs(other.length - key.length) > 3) continue;
      const sim = similarity(key, other);
      if (sim >= FUZZY_THRESHOLD && wordsAlike(key, other)) found.push([other, sim]);
    }
  }
  if (memo.size >= 100_000) memo.clear();
  memo.set(key, found);
  return found;
}
