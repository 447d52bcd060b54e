/**
 * Open-addressing hash table from 32-bit feature hashes to row indices: built in a few milliseconds at load,
 * no per-entry objects. Each slot holds the key and its row side by side (one memory read per probe).
 */
export class FeatureTable {
  /** `[key, row]` pairs; row -1 marks an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(keys: Uint32Array) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.slots = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      let s = (Math.imul(keys[i], 0x9e3779b1) >>> 0) & this.mask;
      while (this.slots[2 * s + 1] !== -1) s = (s + 1) & this.mask;
      this.slots[2 * s] = keys[i] | 0;
      this.slots[2 * s + 1] = i;
    }
  }

  /** The `[key, row]` pairs and the probe mask, for the WebAssembly copy (weight-sums.ts) that probes the same way. */
  get layout(): { slots: Int32Array; mask: number } {
    return { slots: this.slots, mask: this.mask };
  }

  /** Row index of a feature hash, or -1. */
  get(key: number): number {
    const k = key | 0;
    let s = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const row = this.slots[2 * s + 1];
      if (row === -1 || this.slots[2 * s] === k) return row;
      s = (s + 1) & this.mask;
    }
  }
}
