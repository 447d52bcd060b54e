import type { EntityType, Mention } from '../../document/types.js';
import type { KbEntry } from '../../kb/types.js';
import { stripGenitive } from '../../lang/de/genitive.js';
import type { CandidateIndex } from './candidate-index.js';
import { foldKey, lastWord } from './fold.js';
import { similarity } from './similarity.js';

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

/**
 * Every KB entry of a fitting type a cluster may name. Full names and aliases first; when none fits, short forms
 * (a lone surname, a context alias); when none of those either, names of one last word spelled nearly alike.
 */
export function findCandidates(keys: readonly string[], type: EntityType, index: CandidateIndex): LinkCandidate[] {
  const namesakes = (e: KbEntry) => index.shortForms(lastWord(foldKey(e.name))).filter((o) => o.type === 'PER').length;
  const pick = (kind: MatchKind, lists: Array<readonly KbEntry[]>, sim = 1): LinkCandidate[] => {
    const seen = new Set<KbEntry>();
    for (const list of lists) for (const e of list) if (typeFits(type, e.type)) seen.add(e);
    return [...seen].map((entry) => ({ entry, match: kind, similarity: sim, ...(entry.type === 'PER' ? { namesakes: namesakes(entry) } : {}) }));
  };
  const byName = pick('name', keys.map((k) => index.names(k)));
  if (byName.length) return byName;
  const multiWord = keys.filter((k) => k.includes(' '));
  if (!multiWord.length) return pick('short', keys.map((k) => index.shortForms(k)));
  const fuzzy: LinkCandidate[] = [];
  for (const key of multiWord) {
    for (const other of index.keysEndingWith(lastWord(key))) {
      const sim = similarity(key, other);
      if (sim >= FUZZY_THRESHOLD) fuzzy.push(...pick('fuzzy', [index.names(other)], sim));
    }
  }
  return fuzzy;
}
