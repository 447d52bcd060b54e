import { GenerationalMap } from './generational-map.js';

/** Stands for a cached `undefined`, so that a hit costs one map look-up, not two. */
const UNDEFINED = Symbol('undefined');

/**
 * Memoises a function of one word. Word classifiers run on every token of millions of articles, and news
 * vocabulary repeats; the cache keeps about `limit` entries in two generations, so memory stays bounded and the
 * words in use stay cached.
 */
export function memoWord<T>(fn: (word: string) => T, limit = 50_000): (word: string) => T {
  const cache = new GenerationalMap<string, T | typeof UNDEFINED>(limit);
  return (word) => {
    const hit = cache.get(word);
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as T;
    const value = fn(word);
    cache.set(word, value === undefined ? UNDEFINED : value);
    return value;
  };
}

/**
 * False when a word cannot start with an upper-case letter (`/^\p{Lu}/u`), decided from its first code unit
 * when that is ASCII: most tokens of German text (lower-case words, numbers, punctuation) then skip the look-up
 * of a memoised classifier that returns nothing for them.
 */
export function mayStartUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}
