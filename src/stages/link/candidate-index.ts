import type { Kb } from '../../kb/load.js';
import type { KbEntry } from '../../kb/types.js';
import { cachedEntryKeys } from '../../kb/entry-keys-cache.js';
import { lastWord } from './fold.js';

/** Look-ups from folded names to the KB entries they may name, made once per KB. */
export interface CandidateIndex {
  /** Entries with this full name or alias: a strong match. */
  names(key: string): readonly KbEntry[];
  /** Entries with this short form, which needs support from the article: context alias, surname, common noun. */
  shortForms(key: string): readonly KbEntry[];
  /** Multi-word full-name keys ending with this word, for spelling variants (`wladimir putin` under `putin`). */
  keysEndingWith(word: string): readonly string[];
  /** How many multi-word full-name keys start with this word, up to `limit`: how common a given name is (`thomas`). */
  keysStartingWith(word: string, limit: number): number;
}

const indexes = new WeakMap<Kb, CandidateIndex>();

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Names recur from article to article: each look-up is kept, up to a bound (then the memo starts afresh). */
function memo<T>(look: (key: string) => T, bound = 200_000): (key: string) => T {
  let seen = new Map<string, T>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      if (seen.size >= bound) seen = new Map();
      seen.set(key, (value = look(key)));
    }
    return value;
  };
}

/**
 * A look-up of one key kept per candidate index and key (by {@link memo}): the same names recur from article to article,
 * and a user's `--kb` files make another index.
 */
export function perIndex<T>(look: (key: string, index: CandidateIndex) => T): (key: string, index: CandidateIndex) => T {
  const memos = new WeakMap<CandidateIndex, (key: string) => T>();
  return (key, index) => {
    let memoised = memos.get(index);
    if (!memoised) memos.set(index, (memoised = memo((k) => look(k, index), 100_000)));
    return memoised(key);
  };
}

/**
 * The candidate look-ups over every entry, curated and link-only alike: the loaded entries (curated and the user's)
 * are folded here, the compiled link table's keys were folded when it was built; a table row that a user entry
 * replaced is left out.
 */
export function candidateIndex(kb: Kb): CandidateIndex {
  let index = indexes.get(kb);
  if (index) return index;
  const names = new Map<string, KbEntry[]>();
  const short = new Map<string, KbEntry[]>();
  const ending = new Map<string, string[]>();
  // The folded keys of the loaded entries come from a cache when nothing they depend on changed (entry-keys-cache.ts).
  const loaded = kb.loaded();
  const keysOf = cachedEntryKeys(loaded);
  loaded.forEach((entry, i) => {
    for (const key of keysOf[i].names) add(names, key, entry);
    for (const key of keysOf[i].short) add(short, key, entry);
  });
  for (const key of names.keys()) if (key.includes(' ')) add(ending, lastWord(key), key);
  const table = kb.table;
  // A loaded entry (a user's) with a table row's id replaces that row.
  const loadedIds = new Set(kb.loaded().map((e) => e.id));
  const join = (own: readonly KbEntry[] | undefined, rows: readonly KbEntry[]) =>
    rows.length ? [...(own ?? []), ...rows.filter((e) => !loadedIds.has(e.id))] : own ?? [];
  // Keyed `word NUL limit`, kept by the same memo as the other look-ups.
  const startCounts = memo((key) => {
    const [word, limit] = [key.slice(0, key.indexOf('\u0000')), Number(key.slice(key.indexOf('\u0000') + 1))];
    let n = 0;
    for (const name of names.keys()) if (name.startsWith(`${word} `) && ++n >= limit) return limit;
    return Math.min(limit, n + (table?.keysStartingWith(word, limit - n) ?? 0));
  });
  index = {
    names: memo((key) => join(names.get(key), table?.lookup(key, 'name') ?? [])),
    shortForms: memo((key) => join(short.get(key), table?.lookup(key, 'short') ?? [])),
    keysEndingWith: memo((word) => [...new Set([...(ending.get(word) ?? []), ...(table?.keysEndingWith(word) ?? [])])]),
    keysStartingWith: (word, limit) => startCounts(`${word}\u0000${limit}`),
  };
  indexes.set(kb, index);
  return index;
}
