import { sumEmissions } from './emissions.js';
import { ALLOWED_PREV, NUM_TAGS } from './labels.js';
import type { ScoreMemory } from './score-memory.js';
import type { ScoreSlab } from './score-slab.js';

/**
 * Decodes sentences with the WebAssembly kernels (kernels.wat): emission sums from the cached word vectors, then
 * Viterbi, the same tags as `sumEmissions` in JavaScript followed by `viterbi` without masks. Owns the kernels'
 * buffers in the memory: the model's transitions, and per-sentence work blocks with room for `room` words (a
 * longer sentence takes new blocks twice the size; the old ones stay unused).
 */
export class KernelDecoder {
  private readonly transitions: number;
  private readonly maxInto: number;
  private room = 0;
  private readonly at = { slots: 0, em: 0, score: 0, back: 0, out: 0 };

  constructor(private readonly memory: ScoreMemory, transitions: Float32Array) {
    const T = NUM_TAGS;
    this.transitions = memory.allocate(transitions.length * 4);
    memory.f32.set(transitions, this.transitions / 4);
    // Per tag that may follow any tag, the highest transition into it (the Viterbi short cut of viterbi-free.ts).
    this.maxInto = memory.allocate(T * 8);
    const maxInto = new Float64Array(memory.f32.buffer, this.maxInto, T);
    for (let c = 0; c < T; c++) {
      if (ALLOWED_PREV[c][0] !== -1) continue;
      let m = -Infinity;
      for (let p = 0; p < T; p++) if (transitions[p * T + c] > m) m = transitions[p * T + c];
      maxInto[c] = m;
    }
  }

  /** Work blocks for a sentence of `n` words. Call before the sentence's words take slots (it may grow the memory). */
  prepare(n: number): void {
    if (n <= this.room) return;
    this.room = n * 2;
    const m = this.memory;
    this.at.slots = m.allocate(this.room * 4);
    this.at.em = m.allocate(this.room * NUM_TAGS * 4);
    this.at.score = m.allocate(this.room * NUM_TAGS * 8);
    this.at.back = m.allocate(this.room * NUM_TAGS);
    this.at.out = m.allocate(this.room * 4);
  }

  /**
   * The best tag per word of a sentence of `n` words (1 <= n <= prepared room) whose slots in `slab` are `slots`,
   * `start`/`end` the slots of the edges. A view of the memory, valid until the memory is next used.
   */
  decode(slab: ScoreSlab, slots: Int32Array, n: number, start: number, end: number): Int32Array {
    const m = this.memory;
    const at = this.at;
    m.i32.set(slots.subarray(0, n), at.slots / 4);
    sumEmissions(slab, at.slots, n, start, end, at.em);
    m.viterbi(at.em, n, this.transitions, this.maxInto, at.score, at.back, at.out);
    return m.i32.subarray(at.out / 4, at.out / 4 + n);
  }
}
