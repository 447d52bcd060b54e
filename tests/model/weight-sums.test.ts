import { describe, expect, it } from 'vitest';
import { FeatureKeys } from '../../src/model/feature-key-buffer.js';
import { FeatureTable } from '../../src/model/feature-table.js';
import { mulberry32 } from '../../src/model/hash.js';
import { NUM_TAGS } from '../../src/model/labels.js';
import { ScoreMemory } from '../../src/model/score-memory.js';
import { WeightSums } from '../../src/model/weight-sums.js';

/** A random quantised model of `rows` rows: keys, int8 weights, and scales over several magnitudes. */
function randomModel(rows: number, seed: number) {
  const random = mulberry32(seed);
  const keys = Uint32Array.from({ length: rows }, () => Math.floor(random() * 2 ** 32));
  const q = Int8Array.from({ length: rows * NUM_TAGS }, () => Math.floor(random() * 256) - 128);
  const scales = Float32Array.from({ length: rows }, () => random() * 10 ** Math.floor(random() * 6 - 4));
  return { keys, q, scales, random };
}

describe('weight rows summed in WebAssembly', () => {
  // [rows in the model, keys of the word, of which absent from the model]
  it.each([
    [1, 1, 0],
    [50, 7, 2],
    [1000, 45, 5],
    [5000, 200, 20],
  ])('give the floats of the JavaScript loop, bit for bit (%i rows, %i keys, %i unknown)', (rows, count, unknown) => {
    const { keys, q, scales, random } = randomModel(rows, rows + count);
    const word = new FeatureKeys();
    const wanted: number[] = [];
    for (let k = 0; k < count; k++) {
      const key = k < unknown ? Math.floor(random() * 2 ** 32) : keys[Math.floor(random() * rows)];
      word.push(0, key);
      wanted.push(key);
    }
    const table = new FeatureTable(keys);
    // The tagger's loop before the kernel: each weight rounded to float, added to the float vector.
    const reference = new Float32Array(NUM_TAGS);
    for (const key of wanted) {
      const row = table.get(key);
      if (row < 0) continue;
      for (let t = 0; t < NUM_TAGS; t++) reference[t] += Math.fround(q[row * NUM_TAGS + t] * scales[row]);
    }
    const memory = new ScoreMemory();
    const sums = new WeightSums(memory, table, q, scales);
    const out = memory.allocate(NUM_TAGS * 4) / 4;
    sums.add(word, 0, out);
    const got = memory.f32.subarray(out, out + NUM_TAGS);
    expect(Array.from(reference).filter((v, t) => !Object.is(v, got[t]))).toEqual([]);
  });
});
