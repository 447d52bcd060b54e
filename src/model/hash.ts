/** 32-bit FNV-1a hash of a string's UTF-16 code units: feature ids and cluster keys are such hashes. */
export function fnv1a(s: string): number {
  return fnvFeed(FNV_OFFSET, s) >>> 0;
}

/**
 * FNV-1a is streaming: `fnv1a(a + b) === fnvFeed(fnvFeed(FNV_OFFSET, a), b) >>> 0`. The `fnvFeed*` functions
 * continue a hash state (an int32; finish with `>>> 0`) over more UTF-16 code units, so features can be hashed
 * from a precomputed prefix state and their parts without building the feature string.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/** Continues hash state `h` over the code units `s[start..end)` (default: all of `s`). */
export function fnvFeed(h: number, s: string, start = 0, end = s.length): number {
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Continues hash state `h` over one UTF-16 code unit. */
export function fnvFeedCode(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** Continues hash state `h` over the decimal digits of an integer, as `String(n)` writes them (`-1`, `12`). */
export function fnvFeedInt(h: number, n: number): number {
  if (n < 0) {
    h = fnvFeedCode(h, 45);
    n = -n;
  }
  let div = 1;
  while (div * 10 <= n) div *= 10;
  for (; div >= 1; div /= 10) h = fnvFeedCode(h, 48 + (Math.floor(n / div) % 10));
  return h;
}

/** A small seeded PRNG (mulberry32): training is deterministic for a given seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle in place with the given PRNG. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Index of hash `h` in the ascending `keys`, or -1: the look-up of every word table stored in the model. */
export function findHash(keys: Uint32Array, h: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid];
    if (k === h) return mid;
    if (k < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
