import { describe, expect, it } from 'vitest';
import { chunksOf } from '../../../src/eval/conll/chunks.js';
import { scoreChunks, scoreGermEval } from '../../../src/eval/conll/score.js';

const s = (tags: string) => tags.split(' ');

describe('chunksOf (conlleval boundaries)', () => {
  it.each([
    ['B-PER I-PER O B-LOC', [[0, 2, 'PER'], [3, 4, 'LOC']]],
    ['O I-PER I-PER', [[1, 3, 'PER']]], // I- after O starts a chunk
    ['B-PER I-LOC', [[0, 1, 'PER'], [1, 2, 'LOC']]], // I- of another type starts a chunk
    ['I-PER B-PER', [[0, 1, 'PER'], [1, 2, 'PER']]],
    ['I-PER I-PER I-LOC', [[0, 2, 'PER'], [2, 3, 'LOC']]], // IOB1
    ['B-ORGpart I-ORGpart', [[0, 2, 'ORGpart']]],
    ['O O', []],
  ])('%s', (tags, expected) => {
    expect(chunksOf(s(tags)).map((c) => [c.start, c.end, c.type])).toEqual(expected);
  });
});

describe('scoreChunks', () => {
  it.each([
    // name, gold sentences, pred sentences, micro [tp, fp, fn], precision, recall
    ['identical', ['B-PER I-PER O B-LOC'], ['B-PER I-PER O B-LOC'], [2, 0, 0], 1, 1],
    ['I- after O equals B-', ['O B-PER I-PER'], ['O I-PER I-PER'], [1, 0, 0], 1, 1],
    ['I- of a new type starts a chunk', ['B-PER I-LOC'], ['B-PER B-LOC'], [2, 0, 0], 1, 1],
    ['type confusion', ['B-PER I-PER'], ['B-ORG I-ORG'], [0, 1, 1], 0, 0],
    ['too short', ['B-PER I-PER'], ['B-PER O'], [0, 1, 1], 0, 0],
    ['split in two', ['B-PER I-PER I-PER'], ['B-PER I-PER B-PER'], [0, 2, 1], 0, 0],
    ['too long', ['B-PER O'], ['B-PER I-PER'], [0, 1, 1], 0, 0],
    ['one of two', ['B-PER O B-LOC'], ['B-PER O O'], [1, 0, 1], 1, 0.5],
    ['empty prediction', ['B-PER O B-LOC'], ['O O O'], [0, 0, 2], 0, 0],
    ['empty gold', ['O O'], ['B-PER O'], [0, 1, 0], 0, 0],
    ['both empty', ['O O'], ['O O'], [0, 0, 0], 0, 0],
    ['sentence boundary ends a chunk', ['B-PER', 'I-PER'], ['B-PER', 'B-PER'], [2, 0, 0], 1, 1],
  ])('%s', (_name, gold, pred, [tp, fp, fn], precision, recall) => {
    const r = scoreChunks(gold.map(s), pred.map(s));
    expect([r.micro.tp, r.micro.fp, r.micro.fn]).toEqual([tp, fp, fn]);
    expect(r.micro.precision).toBeCloseTo(precision as number);
    expect(r.micro.recall).toBeCloseTo(recall as number);
    expect(Number.isNaN(r.micro.f1)).toBe(false);
  });

  it('reports per type, with types seen on either side', () => {
    const r = scoreChunks([s('B-PER I-PER O B-LOC')], [s('B-ORG I-ORG O B-LOC')]);
    expect(Object.keys(r.perType)).toEqual(['LOC', 'ORG', 'PER']);
    expect(r.perType.LOC.f1).toBe(1);
    expect(r.perType.ORG).toMatchObject({ precision: 0, recall: 0, f1: 0, tp: 0, fp: 1, fn: 0 });
    expect(r.perType.PER).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(r.accuracy).toBeCloseTo(2 / 4);
  });

  it('computes F1 as the harmonic mean', () => {
    const r = scoreChunks([s('B-PER O B-LOC O B-ORG')], [s('B-PER O B-LOC B-OTH O')]);
    expect(r.micro.precision).toBeCloseTo(2 / 3);
    expect(r.micro.recall).toBeCloseTo(2 / 3);
    expect(r.micro.f1).toBeCloseTo(2 / 3);
  });

  it('refuses sentences of different lengths', () => {
    expect(() => scoreChunks([s('O O')], [s('O')])).toThrow(/sentence 0/);
  });
});

describe('scoreGermEval', () => {
  const sent = (outer: string, inner: string) => ({ outer: s(outer), inner: s(inner) });

  it.each([
    // name, gold, pred, outer f1, outer12 [tp, fp, fn], official [tp, fp, fn]
    ['nested inner found', sent('B-ORG I-ORG', 'O B-LOC'), sent('B-ORG I-ORG', 'O B-LOC'), 1, [1, 0, 0], [2, 0, 0]],
    ['nested inner missed', sent('B-ORG I-ORG', 'O B-LOC'), sent('B-ORG I-ORG', 'O O'), 1, [1, 0, 0], [1, 0, 1]],
    ['outer predicted on the inner level', sent('B-LOC O', 'O O'), sent('O O', 'B-LOC O'), 0, [0, 0, 1], [0, 1, 1]],
    ['deriv ignored in outer', sent('B-LOCderiv O B-PER', 'O O O'), sent('O O B-PER', 'O O O'), 1, [1, 0, 1], [1, 0, 1]],
    ['deriv predicted, not in gold', sent('O O B-PER', 'O O O'), sent('B-LOCderiv O B-PER', 'O O O'), 1, [1, 1, 0], [1, 1, 0]],
    ['part kind confusion', sent('B-ORGpart O', 'O O'), sent('B-ORG O', 'O O'), 0, [0, 1, 1], [0, 1, 1]],
    ['wrong level', sent('B-ORG I-ORG', 'O B-LOC'), sent('B-ORG I-ORG', 'B-LOC O'), 1, [1, 0, 0], [1, 1, 1]],
  ])('%s', (_name, gold, pred, outerF1, outer12, official) => {
    const r = scoreGermEval([gold], [pred]);
    expect(r.outer.micro.f1).toBeCloseTo(outerF1 as number);
    expect([r.outer12.micro.tp, r.outer12.micro.fp, r.outer12.micro.fn]).toEqual(outer12);
    expect([r.official.tp, r.official.fp, r.official.fn]).toEqual(official);
  });

  it('official combines both levels into one micro score', () => {
    const r = scoreGermEval([sent('B-ORG I-ORG O B-PER', 'O B-LOC O O')], [sent('B-ORG I-ORG O B-PER', 'O O O O')]);
    expect(r.official.precision).toBe(1);
    expect(r.official.recall).toBeCloseTo(2 / 3);
    expect(r.official.f1).toBeCloseTo(0.8);
    expect(r.outer.perType.ORG.f1).toBe(1);
    expect(r.outer.perType.PER.f1).toBe(1);
  });
});

describe('scoreChunks agrees with exact chunk matching', () => {
  it('on 5,000 random tag sequences (BIO, IOB1, IOE, mixed types)', () => {
    const tags = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'I-ORG', 'E-PER', 'B-X-Y'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const draw = (n: number) => Array.from({ length: n }, () => tags[Math.floor(random() * tags.length)]);
    for (let n = 0; n < 5000; n++) {
      const length = 1 + Math.floor(random() * 8);
      const gold = draw(length);
      const pred = draw(length);
      const predicted = new Set(chunksOf(pred).map((c) => `${c.start},${c.end},${c.type}`));
      const tp = chunksOf(gold).filter((c) => predicted.has(`${c.start},${c.end},${c.type}`)).length;
      expect(scoreChunks([gold], [pred]).micro.tp, `${gold.join(' ')} | ${pred.join(' ')}`).toBe(tp);
    }
  });
});
