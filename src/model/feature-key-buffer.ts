import { NUM_GROUPS } from './features.js';

/** The hashed feature keys of one word, per group, in reusable buffers (`keys(g)` up to `count(g)`). */
export class FeatureKeys {
  private cap = 64;
  private buf = new Uint32Array(NUM_GROUPS * this.cap);
  private readonly n = new Int32Array(NUM_GROUPS);

  /** Number of keys of group `g`. */
  count(g: number): number {
    return this.n[g];
  }

  /** Key `k` of group `g`. */
  key(g: number, k: number): number {
    return this.buf[g * this.cap + k];
  }

  /** Copies the keys of group `g` into `into` from index `at`; returns their number. */
  copyGroup(g: number, into: Int32Array, at: number): number {
    const n = this.n[g];
    for (let k = 0; k < n; k++) into[at + k] = this.buf[g * this.cap + k];
    return n;
  }

  /** The keys of every group as arrays (tests). */
  toArrays(): Uint32Array[] {
    return Array.from(this.n, (n, g) => this.buf.slice(g * this.cap, g * this.cap + n));
  }

  clear(): void {
    this.n.fill(0);
  }

  /** Adds a finished hash state to group `g`. */
  push(g: number, h: number): void {
    const n = this.n[g];
    if (n === this.cap) this.grow();
    this.buf[g * this.cap + n] = h;
    this.n[g] = n + 1;
  }

  private grow(): void {
    const old = this.buf;
    const oldCap = this.cap;
    this.cap *= 2;
    this.buf = new Uint32Array(NUM_GROUPS * this.cap);
    for (let g = 0; g < NUM_GROUPS; g++) this.buf.set(old.subarray(g * oldCap, g * oldCap + this.n[g]), g * this.cap);
  }
}
