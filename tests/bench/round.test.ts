import { describe, expect, it } from 'vitest';
import { median } from '../../src/bench/round.js';

describe('median of the bench rounds', () => {
  it.each([
    [[355_336], 355_336],
    [[355_336, 268_001, 373_144], 355_336],
    [[0.169, 0.2, 0.147, 0.164], 0.1665],
    [[1.38, 1.27], 1.325],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBeCloseTo(expected, 10);
  });

  it('leaves its input in order', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
