import { findHash, fnv1a } from './hash.js';

/**
 * How a word form is written in running text, keyed by the hash of its lower-cased form: the share of its
 * occurrences inside a sentence (not first) that are capitalised, in five buckets, and its frequency in four.
 * `die` is lower-case (bucket 0) even where a sentence starts with `Die`; `Merkel` and `Haus` are always
 * capitalised (bucket 4); `Deutsche` is mixed. Learned from the unlabeled and training text.
 */
export class WordStats {
  constructor(
    readonly keys: Uint32Array,
    /** `capBucket + 5 * freqBucket` per key. */
    readonly codes: Uint8Array,
  ) {}

  static empty(): WordStats {
    return new WordStats(new Uint32Array(0), new Uint8Array(0));
  }

  /** The code of a word, or -1 when it was not seen. */
  lookup(word: string): number {
    return this.lookupLower(word.toLowerCase());
  }

  /** The code of a word given its lower-case form, or -1. */
  lookupLower(lower: string): number {
    const at = findHash(this.keys, fnv1a(lower));
    return at < 0 ? -1 : this.codes[at];
  }
}

/** Counts capitalisation of every word form seen at least `minCount` times (not sentence-initial). */
export function countWordStats(sentences: readonly string[][], minCount = 2): WordStats {
  const total = new Map<string, number>();
  const caps = new Map<string, number>();
  for (const s of sentences) {
    for (let i = 1; i < s.length; i++) {
      const w = s[i];
      if (!/^\p{L}/u.test(w)) continue;
      const l = w.toLowerCase();
      total.set(l, (total.get(l) ?? 0) + 1);
      if (/^\p{Lu}/u.test(w)) caps.set(l, (caps.get(l) ?? 0) + 1);
    }
  }
  const pairs: [number, number][] = [];
  for (const [l, n] of total) {
    if (n < minCount) continue;
    const r = (caps.get(l) ?? 0) / n;
    const cap = r === 0 ? 0 : r < 0.5 ? 1 : r < 0.95 ? 2 : r < 1 ? 3 : 4;
    const freq = n < 5 ? 0 : n < 25 ? 1 : n < 200 ? 2 : 3;
    pairs.push([fnv1a(l), cap + 5 * freq]);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const keys: number[] = [];
  const codes: number[] = [];
  for (const [h, c] of pairs) {
    if (keys.length && keys[keys.length - 1] === h) continue;
    keys.push(h);
    codes.push(c);
  }
  return new WordStats(Uint32Array.from(keys), Uint8Array.from(codes));
}
