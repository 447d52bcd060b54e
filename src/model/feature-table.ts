/**
 * Open-addressing hash table from 32-bit feature hashes to row indices: built in a few milliseconds at load,
 * no per-entry objects.
 */
export class FeatureTable {
  private readonly slots: Int32Array;
  private readonly slotKeys: Uint32Array;
  private readonly mask: number;

  constructor(keys: Uint32Array) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.slots = new Int32Array(size).fill(-1);
    this.slotKeys = new Uint32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      let s = (Math.imul(keys[i], 0x9e3779b1) >>> 0) & this.mask;
      while (this.slots[s] !== -1) s = (s + 1) & this.mask;
      this.slots[s] = i;
      this.slotKeys[s] = keys[i];
    }
  }

  /** Row index of a feature hash, or -1. */
  get(key: number): number {
    let s = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const v = this.slots[s];
      if (v === -1) return -1;
      if (this.slotKeys[s] === key) return v;
      s = (s + 1) & this.mask;
    }
  }
}
