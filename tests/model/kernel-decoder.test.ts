import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/model/hash.js';
import { KernelDecoder } from '../../src/model/kernel-decoder.js';
import { NUM_TAGS } from '../../src/model/labels.js';
import { viterbi } from '../../src/model/viterbi.js';
import { randomSlab, referenceEmissions } from './kernel-helpers.js';

/** Random transitions, `(NUM_TAGS + 1) * NUM_TAGS`; with `levels`, small integers (ties). */
function randomTransitions(seed: number, levels: number): Float32Array {
  const random = mulberry32(seed);
  return Float32Array.from({ length: (NUM_TAGS + 1) * NUM_TAGS }, () => (levels ? Math.floor(random() * levels) - 1 : random() * 4 - 2));
}

describe('decoding in WebAssembly: emission sums, then Viterbi', () => {
  // [words, levels]: levels 0 gives spread-out floats; 2 and 3 give ties everywhere, so that the first-best
  // tie-breaking of viterbi.ts is compared too.
  it.each([
    [1, 0], [2, 0], [3, 0], [6, 0], [40, 0], [250, 0],
    [1, 2], [5, 2], [40, 2], [7, 3], [120, 3],
  ])('tags a sentence of %i words as JavaScript does (levels %i)', (n, levels) => {
    const slab = randomSlab(300, n * 7 + levels, levels);
    const transitions = randomTransitions(n + levels, levels);
    const random = mulberry32(n * 31 + levels);
    const slots = Array.from({ length: n }, () => Math.floor(random() * 298));
    const decoder = new KernelDecoder(slab.memory, transitions);
    decoder.prepare(n);
    const got = Array.from(decoder.decode(slab, Int32Array.from(slots), n, 298, 299));
    const want = Array.from(viterbi(referenceEmissions(slab, slots, 298, 299), n, transitions));
    expect(got).toEqual(want);
  });

  it('decodes after its memory grew for a longer sentence, and again for a short one', () => {
    const slab = randomSlab(50, 5, 0);
    const transitions = randomTransitions(9, 0);
    const decoder = new KernelDecoder(slab.memory, transitions);
    for (const n of [3, 4000, 2]) {
      const slots = Array.from({ length: n }, (_, i) => (i * 13) % 48);
      decoder.prepare(n);
      const got = Array.from(decoder.decode(slab, Int32Array.from(slots), n, 48, 49));
      expect(got).toEqual(Array.from(viterbi(referenceEmissions(slab, slots, 48, 49), n, transitions)));
    }
  });
});
