import { G_FIRST, G_LEFT1, G_LEFT2, G_RIGHT1, G_RIGHT2, G_SELF } from './features.js';
import { NUM_TAGS } from './labels.js';
import type { ScoreSlab } from './score-slab.js';

/**
 * Emission scores of a sentence of `n` words into `em` (`n * NUM_TAGS`): for word `i`, the sum of its own group,
 * the left groups of the two words before it and the right groups of the two after it (`start`/`end` past the
 * edges), plus the sentence-first group of word 0. `slots` are the words' slots in `slab`.
 */
export function sumEmissions(slab: ScoreSlab, slots: Int32Array, n: number, start: number, end: number, em: Float32Array): void {
  const T = NUM_TAGS;
  const oS = G_SELF * T, oL1 = G_LEFT1 * T, oL2 = G_LEFT2 * T, oR1 = G_RIGHT1 * T, oR2 = G_RIGHT2 * T, oF = G_FIRST * T;
  for (let i = 0; i < n; i++) {
    const base = i * T;
    const self = slots[i];
    const l1 = i >= 1 ? slots[i - 1] : start;
    const l2 = i >= 2 ? slots[i - 2] : start;
    const r1 = i + 1 < n ? slots[i + 1] : end;
    const r2 = i + 2 < n ? slots[i + 2] : end;
    const vS = slab.chunk(self), aS = slab.offset(self) + oS;
    const vL1 = slab.chunk(l1), aL1 = slab.offset(l1) + oL1;
    const vR1 = slab.chunk(r1), aR1 = slab.offset(r1) + oR1;
    const vL2 = slab.chunk(l2), aL2 = slab.offset(l2) + oL2;
    const vR2 = slab.chunk(r2), aR2 = slab.offset(r2) + oR2;
    for (let t = 0; t < T; t++) em[base + t] = vS[aS + t] + vL1[aL1 + t] + vR1[aR1 + t] + vL2[aL2 + t] + vR2[aR2 + t];
  }
  const vF = slab.chunk(slots[0]), aF = slab.offset(slots[0]) + oF;
  for (let t = 0; t < T; t++) em[t] += vF[aF + t];
}
