import { describe, expect, it } from 'vitest';
import { LazyAdaGrad } from '../../../src/model/crf/adagrad.js';
import { mulberry32 } from '../../../src/model/hash.js';

/**
 * Steps over 3 rows of 4 coordinates, `pattern[k]` saying which rows have a gradient at step k: lazily (only
 * those rows touched) and eagerly (every row every step, zero gradients included).
 */
function steps(pattern: number[][], l2: number, lazy: boolean, average = false): Float64Array {
  const opt = new LazyAdaGrad(3, 4, 0.3, l2, undefined, average);
  const random = mulberry32(5);
  const grad = new Float64Array(4);
  pattern.forEach((rows, k) => {
    const g = rows.map(() => Array.from({ length: 4 }, () => random() * 2 - 1));
    for (let r = 0; r < 3; r++) {
      const i = rows.indexOf(r);
      if (lazy && i < 0) continue;
      grad.set(i < 0 ? [0, 0, 0, 0] : g[i]);
      opt.catchUp(r, k);
      opt.update(r, grad, 0, k);
    }
  });
  opt.finish(pattern.length);
  return average ? Float64Array.from(opt.averaged(pattern.length)) : opt.w;
}

/** The mean of the parameters after each step, by eager steps. */
function meanOfSteps(pattern: number[][], l2: number): Float64Array {
  const sum = new Float64Array(12);
  for (let k = 1; k <= pattern.length; k++) steps(pattern.slice(0, k), l2, false).forEach((w, j) => (sum[j] += w / pattern.length));
  return sum;
}

describe('LazyAdaGrad', () => {
  it.each([
    ['every row every step', [[0, 1, 2], [0, 1, 2], [0, 1, 2]], 0.05],
    ['a rare row (seen at steps 0 and 5)', [[0, 2], [1], [1], [1], [1], [0, 1], [1]], 0.05],
    ['a row never seen after step 0', [[0, 1, 2], [1], [1], [1]], 0.2],
    ['strong L2', [[0], [1], [2], [0], [1], [2]], 2],
  ])('gives the eager result when rows are updated lazily: %s', (_, pattern, l2) => {
    const lazy = steps(pattern, l2, true);
    const eager = steps(pattern, l2, false);
    eager.forEach((w, k) => expect(lazy[k]).toBeCloseTo(w, 12));
    expect(eager.some((w) => w !== 0)).toBe(true);
  });

  it.each([
    ['every row every step', [[0, 1, 2], [0, 1, 2], [0, 1, 2]], 0.05],
    ['a rare row (seen at steps 0 and 5)', [[0, 2], [1], [1], [1], [1], [0, 1], [1]], 0.05],
    ['no L2 (no shrink between updates)', [[0, 2], [1], [1], [0, 1]], 0],
    ['strong L2', [[0], [1], [2], [0], [1], [2]], 2],
  ])('averages lazily as the mean of the eager steps: %s', (_, pattern, l2) => {
    const lazy = steps(pattern, l2, true, true);
    meanOfSteps(pattern, l2).forEach((w, k) => expect(lazy[k]).toBeCloseTo(w, 6));
  });

  it('shrinks a weight its feature no longer fires for, and not without L2', () => {
    const pattern = [[0], [1], [1], [1]];
    const first = steps(pattern.slice(0, 1), 0.5, true)[0];
    expect(Math.abs(steps(pattern, 0.5, true)[0])).toBeLessThan(Math.abs(first));
    expect(steps(pattern, 0, true)[0]).toBe(steps(pattern.slice(0, 1), 0, true)[0]);
  });
});
