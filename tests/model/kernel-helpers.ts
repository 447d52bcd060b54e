import { G_FIRST, G_LEFT1, G_LEFT2, G_RIGHT1, G_RIGHT2, G_SELF, NUM_GROUPS } from '../../src/model/features.js';
import { NUM_TAGS } from '../../src/model/labels.js';
import { ScoreMemory } from '../../src/model/score-memory.js';
import { ScoreSlab } from '../../src/model/score-slab.js';

/** The sums as JavaScript does them (the tagger's code before the WebAssembly kernel): f64, left to right, then f32. */
export function referenceEmissions(slab: ScoreSlab, slots: number[], start: number, end: number): Float32Array {
  const f = slab.floats;
  const row = (slot: number, group: number) => slab.offset(slot) + group * NUM_TAGS;
  const n = slots.length;
  const em = new Float32Array(n * NUM_TAGS);
  for (let i = 0; i < n; i++) {
    const l1 = i >= 1 ? slots[i - 1] : start, l2 = i >= 2 ? slots[i - 2] : start;
    const r1 = i + 1 < n ? slots[i + 1] : end, r2 = i + 2 < n ? slots[i + 2] : end;
    for (let t = 0; t < NUM_TAGS; t++) {
      em[i * NUM_TAGS + t] = f[row(slots[i], G_SELF) + t] + f[row(l1, G_LEFT1) + t] + f[row(r1, G_RIGHT1) + t] + f[row(l2, G_LEFT2) + t] + f[row(r2, G_RIGHT2) + t];
    }
  }
  for (let t = 0; t < NUM_TAGS; t++) em[t] += f[row(slots[0], G_FIRST) + t];
  return em;
}

/**
 * A slab of `words` slots of random floats: spread over magnitudes, so that rounding differences would show, or
 * with `levels`, small integers only (exact sums, many ties: tie-breaking is compared too).
 */
export function randomSlab(words: number, seed: number, levels: number): ScoreSlab {
  const slab = new ScoreSlab(new ScoreMemory(), NUM_GROUPS * NUM_TAGS, words);
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * 10 ** ((x % 7) - 3);
  for (let w = 0; w < words; w++) {
    const slot = slab.alloc();
    for (let k = 0; k < slab.stride; k++) slab.floats[slab.offset(slot) + k] = levels ? Math.round(Math.abs(next()) * 1000) % levels : next();
  }
  return slab;
}

