import { KERNELS_WASM } from './wasm/kernels-bytes.js';

/** WebAssembly page size in bytes. */
const PAGE = 65_536;

/** The compiled kernel, once per thread. */
let compiled: WebAssembly.Module | undefined;

/** The exports of the tagger kernels (src/model/wasm/kernels.wat). */
interface Kernel {
  memory: WebAssembly.Memory;
  sum(slots: number, n: number, start: number, end: number, em: number, slab: number): void;
  viterbi(em: number, n: number, tr: number, maxInto: number, score: number, back: number, out: number): void;
  addKeys(keys: number, count: number, table: number, mask: number, q: number, scales: number, out: number): void;
}

/**
 * Memory for the tagger's score vectors and work buffers that its WebAssembly kernels read and write: one WebAssembly memory with a bump allocator, and
 * typed-array views of it. Growing the memory replaces its buffer, so the views are read from `f32`/`i32` after
 * every `allocate`, never kept across one. Blocks are never freed one by one: owners reuse theirs.
 */
export class ScoreMemory {
  private readonly kernel: Kernel;
  private top = 0;
  /** The whole memory as floats and as integers (replaced when it grows). */
  f32: Float32Array;
  i32: Int32Array;

  constructor() {
    compiled ??= new WebAssembly.Module(Buffer.from(KERNELS_WASM, 'base64'));
    this.kernel = new WebAssembly.Instance(compiled).exports as unknown as Kernel;
    this.f32 = new Float32Array(this.kernel.memory.buffer);
    this.i32 = new Int32Array(this.kernel.memory.buffer);
  }

  /** A new block of `bytes` bytes (16-byte aligned, zeroed only if never used before); its byte address. */
  allocate(bytes: number): number {
    const at = this.top;
    this.top += Math.ceil(bytes / 16) * 16;
    const buffer = this.kernel.memory.buffer;
    if (this.top > buffer.byteLength) {
      this.kernel.memory.grow(Math.ceil((this.top - buffer.byteLength) / PAGE));
      this.f32 = new Float32Array(this.kernel.memory.buffer);
      this.i32 = new Int32Array(this.kernel.memory.buffer);
    }
    return at;
  }

  /** Runs the kernel's `sum` (see kernels.wat); all arguments byte addresses but `n`, `start`, `end`. */
  sum(slots: number, n: number, start: number, end: number, em: number, slab: number): void {
    this.kernel.sum(slots, n, start, end, em, slab);
  }

  /** Runs the kernel's `addKeys` (see kernels.wat); all arguments byte addresses but `count` and `mask`. */
  addKeys(keys: number, count: number, table: number, mask: number, q: number, scales: number, out: number): void {
    this.kernel.addKeys(keys, count, table, mask, q, scales, out);
  }

  /** Runs the kernel's `viterbi` (see kernels.wat); all arguments byte addresses but `n` (at least 1). */
  viterbi(em: number, n: number, tr: number, maxInto: number, score: number, back: number, out: number): void {
    this.kernel.viterbi(em, n, tr, maxInto, score, back, out);
  }
}
