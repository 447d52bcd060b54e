import { describe, expect, it } from 'vitest';
import { appendAll } from '../../src/document/append.js';

/** Regression: a 5 MB German article failed with "Maximum call stack size exceeded" (`candidates.push(...big)`). */
describe('appendAll', () => {
  const many = Array.from({ length: 1_000_000 }, (_, i) => i);

  it('appends a million items, where push(...items) overflows the stack', () => {
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const target = [-1];
    expect(appendAll(target, many)).toHaveLength(1_000_001);
    expect([target[0], target[1], target[1_000_000]]).toEqual([-1, 0, 999_999]);
  });
});
