import { describe, expect, it } from 'vitest';
import { WordVectorCache } from '../../src/model/word-cache.js';

/** A cache of 3 floats per word, `capacity` words per generation; `put` writes a word's floats. */
function cacheOf(capacity: number) {
  const cache = new WordVectorCache(3, capacity);
  const put = (word: string, values: number[]) => {
    const slot = cache.add(word);
    cache.slab.floats.set(values, cache.slab.offset(slot));
    return slot;
  };
  const read = (slot: number) => Array.from(cache.slab.floats.subarray(cache.slab.offset(slot), cache.slab.offset(slot) + 3));
  return { cache, put, read };
}

describe('WordVectorCache: two generations of per-word vectors', () => {
  it('finds a word it holds, in its slot, and nothing for a word it never saw', () => {
    const { cache, put, read } = cacheOf(4);
    const slot = put('Nvidia', [1, 2, 3]);
    expect(cache.find('Nvidia')).toBe(slot);
    expect(read(slot)).toEqual([1, 2, 3]);
    expect(cache.find('Huang')).toBeUndefined();
  });

  it('starts a new young generation only when the next words might not fit', () => {
    const { cache, put } = cacheOf(4);
    put('Jensen', [1, 1, 1]);
    put('Huang', [2, 2, 2]);
    const first = cache.generation;
    cache.makeRoom(2);
    expect(cache.generation).toBe(first);
    cache.makeRoom(3);
    expect(cache.generation).not.toBe(first);
    expect(cache.oldGeneration).toBe(first);
  });

  it.each([['Jensen', [1, 1, 1]], ['Huang', [2, 2, 2]], ['Washington', [0.5, -1.25, 3]]])(
    'copies %s from the old generation to the young one when it is used again',
    (word, values) => {
      const { cache, put, read } = cacheOf(4);
      put('Jensen', [1, 1, 1]);
      put('Huang', [2, 2, 2]);
      put('Washington', [0.5, -1.25, 3]);
      cache.makeRoom(4);
      const slot = cache.find(word);
      expect(slot).toBeDefined();
      expect(read(slot!)).toEqual(values);
      // now young: found again without another copy
      expect(cache.find(word)).toBe(slot);
    },
  );

  it('drops the words not used during a whole generation', () => {
    const { cache, put } = cacheOf(2);
    put('Trump', [1, 2, 3]);
    cache.makeRoom(3);
    put('China', [4, 5, 6]);
    cache.makeRoom(3);
    expect(cache.find('Trump')).toBeUndefined();
    expect(cache.find('China')).toBeDefined();
  });

  it('promotes by a slot a record noted, and forgets everything on clear', () => {
    const { cache, put, read } = cacheOf(2);
    const old = put('Peking', [7, 8, 9]);
    const noted = cache.generation;
    cache.makeRoom(3);
    expect(cache.oldGeneration).toBe(noted);
    expect(read(cache.promote('Peking', old))).toEqual([7, 8, 9]);
    const before = [cache.generation, cache.oldGeneration];
    cache.clear();
    expect(cache.find('Peking')).toBeUndefined();
    expect([cache.generation, cache.oldGeneration].some((g) => before.includes(g))).toBe(false);
  });
});

describe('WordVectorCache and forgetWords', () => {
  it('forgets every word in both generations', async () => {
    const { forgetWords } = await import('../../src/cache/word-caches.js');
    const { cache, put } = cacheOf(2);
    put('Nvidia', [1, 2, 3]);
    cache.makeRoom(2); // Nvidia now in the old generation
    put('Huang', [4, 5, 6]);
    forgetWords();
    expect(cache.find('Nvidia')).toBeUndefined();
    expect(cache.find('Huang')).toBeUndefined();
  });
});
