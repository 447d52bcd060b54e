/**
 * A set of integers kept as 2^20 bits of a hash (128 KB, a Bloom filter with one hash): `has` is true for every
 * number added and for a few others. For the gates before word look-ups, where passing a few words too many costs
 * a look-up and missing one would cost a result; one array read instead of a `Set` look-up.
 */
export class CodeFilter {
  private readonly bits = new Int32Array(1 << 15);

  /** Adds an integer (a 32-bit one: higher bits are ignored). */
  add(n: number): void {
    const h = slot(n);
    this.bits[h >>> 5] |= 1 << (h & 31);
  }

  /** True when `n` was added, and for about one in `2^20 / size` others. */
  has(n: number): boolean {
    const h = slot(n);
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }
}

/** The bit of an integer: the top 20 bits of a multiplicative hash. */
function slot(n: number): number {
  return Math.imul(n | 0, 0x9e3779b1) >>> 12;
}
