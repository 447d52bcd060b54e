import { G_FIRST, NUM_GROUPS } from './features.js';
import { NUM_TAGS } from './labels.js';
import type { ScoreSlab } from './score-slab.js';

// The kernel's layout (kernels.wat): 25 tags, six groups of them per word (600 bytes), groups 0 to 4 in order.
if (NUM_TAGS !== 25 || NUM_GROUPS !== 6 || G_FIRST !== 5) throw new Error('kernels.wat assumes 25 tags and 6 feature groups, the sentence-first last: rebuild it for this model layout');

/**
 * Emission scores of a sentence of `n` words, into the `n * NUM_TAGS` floats at byte address `em` of the slab's
 * memory: for word `i`, the sum of its own group, the left groups of the two words before it and the right groups
 * of the two after it (`start`/`end` past the edges), plus the sentence-first group of word 0. The words' slots
 * are the `n` integers at byte address `slots`. The first four sums run in WebAssembly (kernels.wat), with the
 * same floats as JavaScript would give.
 */
export function sumEmissions(slab: ScoreSlab, slots: number, n: number, start: number, end: number, em: number): void {
  const memory = slab.memory;
  memory.sum(slots, n, start, end, em, slab.address);
  const f32 = memory.f32;
  const out = em / 4;
  const first = slab.offset(memory.i32[slots / 4]) + G_FIRST * NUM_TAGS;
  for (let t = 0; t < NUM_TAGS; t++) f32[out + t] += f32[first + t];
}
