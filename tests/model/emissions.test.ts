import { describe, expect, it } from 'vitest';
import { sumEmissions } from '../../src/model/emissions.js';
import { NUM_TAGS } from '../../src/model/labels.js';
import { randomSlab, referenceEmissions } from './kernel-helpers.js';

describe('emission sums in WebAssembly', () => {
  it.each([1, 2, 3, 4, 5, 17, 120])('are the floats JavaScript gives, bit for bit, for a sentence of %i words', (n) => {
    const slab = randomSlab(64, n, 0);
    const slots = Array.from({ length: n }, (_, i) => (i * 37 + n) % 62);
    const memory = slab.memory;
    const at = memory.allocate(n * 4);
    const em = memory.allocate(n * NUM_TAGS * 4);
    memory.i32.set(slots, at / 4);
    sumEmissions(slab, at, n, 62, 63, em);
    const got = memory.f32.subarray(em / 4, em / 4 + n * NUM_TAGS);
    const want = referenceEmissions(slab, slots, 62, 63);
    const differing = Array.from(want).filter((v, k) => !Object.is(v, got[k])).length;
    expect(differing).toBe(0);
  });
});
