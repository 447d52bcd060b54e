import { describe, expect, it } from 'vitest';
import { ScoreSlab } from '../../src/model/score-slab.js';

describe('ScoreSlab', () => {
  it.each([
    ['the first slot', 0, 0, 0],
    ['the last slot of the first chunk', ScoreSlab.CHUNK_WORDS - 1, 0, (ScoreSlab.CHUNK_WORDS - 1) * 150],
    ['the first slot of the second chunk', ScoreSlab.CHUNK_WORDS, 1, 0],
  ])('places %s', (_name, slot, chunk, offset) => {
    const slab = new ScoreSlab(150);
    for (let i = 0; i <= slot; i++) expect(slab.alloc()).toBe(i);
    expect(slab.offset(slot)).toBe(offset);
    expect(slab.chunk(slot)).toBe(chunk === 0 ? slab.chunk(0) : slab.chunk(ScoreSlab.CHUNK_WORDS));
    expect(slab.chunk(slot).length).toBe(ScoreSlab.CHUNK_WORDS * 150);
  });

  it('gives zeroed slots again after clear', () => {
    const slab = new ScoreSlab(4);
    const s = slab.alloc();
    slab.chunk(s).fill(7, slab.offset(s), slab.offset(s) + 4);
    slab.clear();
    expect(slab.size).toBe(0);
    const again = slab.alloc();
    expect(again).toBe(0);
    expect(Array.from(slab.chunk(again).subarray(0, 4))).toEqual([0, 0, 0, 0]);
  });
});
