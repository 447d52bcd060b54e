import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/model/hash.js';
import { ALL_TAGS_MASK, NUM_TAGS, TAGS, tagIndex } from '../../src/model/labels.js';
import { viterbi } from '../../src/model/viterbi.js';
import { forEachPath } from './all-paths.js';

/** Random scores; `levels` small integers make many ties, so tie-breaking is compared too. */
function randomScores(length: number, seed: number, levels: number): Float32Array {
  const random = mulberry32(seed);
  return Float32Array.from({ length }, () => (levels ? Math.floor(random() * levels) - 1 : random() * 4 - 2));
}

/** Exhaustive best path (first in lexicographic order among equals), for short sentences. */
function bruteForce(em: Float32Array, n: number, tr: Float32Array, tags: readonly number[]): number[] {
  let best = -Infinity;
  let bestPath: number[] = [];
  forEachPath(em, n, tr, tags, (path, score) => {
    if (score > best) [best, bestPath] = [score, [...path]];
  });
  return bestPath;
}

describe('viterbi without masks', () => {
  it.each([
    [1, 0, 1],
    [2, 3, 3],
    [5, 0, 7],
    [12, 3, 11],
    [40, 2, 13],
    [40, 0, 17],
  ])('equals the masked decoder with every tag allowed (%i tokens, %i score levels, seed %i)', (n, levels, seed) => {
    const em = randomScores(n * NUM_TAGS, seed, levels);
    const tr = randomScores((NUM_TAGS + 1) * NUM_TAGS, seed + 1, levels);
    const free = viterbi(em, n, tr);
    expect(Array.from(free)).toEqual(Array.from(viterbi(em, n, tr, Array(n).fill(ALL_TAGS_MASK))));
    const work = { score: new Float64Array(200 * NUM_TAGS), back: new Int8Array(200 * NUM_TAGS) };
    expect(Array.from(viterbi(em, n, tr, undefined, work))).toEqual(Array.from(free));
  });

  it.each([1, 2, 3])('finds the exhaustive best path over O, B-PER, I-PER, B-LOC, I-LOC (seed %i)', (seed) => {
    const tags = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'].map(tagIndex);
    const em = randomScores(5 * NUM_TAGS, seed, 0);
    for (let i = 0; i < 5; i++) for (let c = 0; c < NUM_TAGS; c++) if (!tags.includes(c)) em[i * NUM_TAGS + c] = -1e6;
    const tr = randomScores((NUM_TAGS + 1) * NUM_TAGS, seed + 10, 0);
    const path = Array.from(viterbi(em, 5, tr));
    expect(path).toEqual(bruteForce(em, 5, tr, tags));
    expect(path.map((t) => TAGS[t]).every((t, i) => !t.startsWith('I-') || i > 0)).toBe(true);
  });
});
