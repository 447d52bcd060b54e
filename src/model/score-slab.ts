import type { ScoreMemory } from './score-memory.js';

/**
 * Per-word score vectors, `stride` floats per slot, side by side in one block of a ScoreMemory: the WebAssembly
 * kernel reads them, and tens of thousands of words cost the garbage collector nothing. The block starts with
 * room for `capacity` slots and moves to one twice as large when full (a sentence longer than the cache).
 */
export class ScoreSlab {
  private base: number;
  private used = 0;

  constructor(readonly memory: ScoreMemory, readonly stride: number, private capacity: number) {
    this.base = memory.allocate(Math.max(1, capacity) * stride * 4);
  }

  /** A new zeroed slot. May grow the memory: read `floats` after it. */
  alloc(): number {
    if (this.used === this.capacity) this.move(Math.max(1, this.capacity * 2));
    const slot = this.used++;
    const at = this.offset(slot);
    this.memory.f32.fill(0, at, at + this.stride);
    return slot;
  }

  private move(capacity: number): void {
    const to = this.memory.allocate(capacity * this.stride * 4);
    const f32 = this.memory.f32;
    f32.copyWithin(to / 4, this.base / 4, this.base / 4 + this.used * this.stride);
    this.base = to;
    this.capacity = capacity;
  }

  /** All floats of the memory (`offset` says where a slot's are); valid until the next `alloc`. */
  get floats(): Float32Array {
    return this.memory.f32;
  }

  /** Index in `floats` of `slot`'s first float. */
  offset(slot: number): number {
    return this.base / 4 + slot * this.stride;
  }

  /** Byte address of the first slot, for the kernel. */
  get address(): number {
    return this.base;
  }

  /** Copies the floats of slot `from` of another slab of the same memory and stride into slot `to` of this one. */
  copyFrom(other: ScoreSlab, from: number, to: number): void {
    const at = other.offset(from);
    this.memory.f32.copyWithin(this.offset(to), at, at + this.stride);
  }

  /** Slots in use. */
  get size(): number {
    return this.used;
  }

  /** Forgets every slot (the block is kept; slots are zeroed when given out again). */
  clear(): void {
    this.used = 0;
  }
}
