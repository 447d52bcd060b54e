/**
 * Per-word score vectors in a few large typed arrays instead of one small array per word: tens of thousands of
 * cached words then cost the garbage collector a handful of buffers, not one tracked buffer each (on two worker
 * threads, that background collection work took cores from the tagging itself).
 */
export class ScoreSlab {
  /** Words per chunk (a power of two: slots split into chunk and index by shifts). */
  static readonly CHUNK_WORDS = 4096;
  private static readonly SHIFT = 12;
  private readonly chunks: Float32Array[] = [];
  private used = 0;

  /** @param stride floats per word */
  constructor(readonly stride: number) {}

  /** A new zeroed slot. */
  alloc(): number {
    const slot = this.used++;
    const c = slot >>> ScoreSlab.SHIFT;
    if (c === this.chunks.length) this.chunks.push(new Float32Array(ScoreSlab.CHUNK_WORDS * this.stride));
    return slot;
  }

  /** The chunk holding `slot`. */
  chunk(slot: number): Float32Array {
    return this.chunks[slot >>> ScoreSlab.SHIFT];
  }

  /** Offset of `slot`'s first float in its chunk. */
  offset(slot: number): number {
    return (slot & (ScoreSlab.CHUNK_WORDS - 1)) * this.stride;
  }

  /** Copies the floats of slot `from` of another slab (of the same stride) into slot `to` of this one. */
  copyFrom(other: ScoreSlab, from: number, to: number): void {
    const at = other.offset(from);
    this.chunk(to).set(other.chunk(from).subarray(at, at + this.stride), this.offset(to));
  }

  /** Slots in use. */
  get size(): number {
    return this.used;
  }

  /** Forgets every slot; the first chunk is kept (zeroed) for reuse. */
  clear(): void {
    this.chunks.length = Math.min(this.chunks.length, 1);
    this.chunks[0]?.fill(0);
    this.used = 0;
  }
}
