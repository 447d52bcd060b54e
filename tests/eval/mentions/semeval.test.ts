import { describe, expect, it } from 'vitest';
import { scoreMentions, SCHEMES, type LabeledSpan, type Scheme } from '../../../src/eval/mentions/semeval.js';

const m = (start: number, end: number, label: string): LabeledSpan => ({ start, end, label });
type Expect = Record<Scheme, [precision: number, recall: number]>;

describe('scoreMentions (SemEval-2013 9.1 schemes)', () => {
  it.each<[string, LabeledSpan[], LabeledSpan[], Expect]>([
    ['exact match', [m(0, 6, 'ORG')], [m(0, 6, 'ORG')], { strict: [1, 1], exact: [1, 1], partial: [1, 1], type: [1, 1] }],
    ['type confusion, same span', [m(0, 6, 'ORG')], [m(0, 6, 'PER')], { strict: [0, 0], exact: [1, 1], partial: [1, 1], type: [0, 0] }],
    ['kind confusion is a label confusion', [m(0, 6, 'ORGpart')], [m(0, 6, 'ORG')], { strict: [0, 0], exact: [1, 1], partial: [1, 1], type: [0, 0] }],
    ['partial overlap, right type', [m(0, 10, 'ORG')], [m(0, 5, 'ORG')], { strict: [0, 0], exact: [0, 0], partial: [0.5, 0.5], type: [1, 1] }],
    ['partial overlap, wrong type', [m(0, 10, 'ORG')], [m(4, 12, 'LOC')], { strict: [0, 0], exact: [0, 0], partial: [0.5, 0.5], type: [0, 0] }],
    ['adjacent spans do not overlap', [m(0, 5, 'PER')], [m(5, 9, 'PER')], { strict: [0, 0], exact: [0, 0], partial: [0, 0], type: [0, 0] }],
    ['empty prediction', [m(0, 5, 'PER')], [], { strict: [0, 0], exact: [0, 0], partial: [0, 0], type: [0, 0] }],
    ['empty gold', [], [m(0, 5, 'PER')], { strict: [0, 0], exact: [0, 0], partial: [0, 0], type: [0, 0] }],
    ['both empty', [], [], { strict: [0, 0], exact: [0, 0], partial: [0, 0], type: [0, 0] }],
    [
      'mixed: correct, partial, wrong type, spurious',
      [m(0, 6, 'ORG'), m(10, 20, 'PER'), m(30, 35, 'LOC')],
      [m(0, 6, 'ORG'), m(10, 15, 'PER'), m(30, 35, 'PER'), m(40, 45, 'MONEY')],
      { strict: [1 / 4, 1 / 3], exact: [2 / 4, 2 / 3], partial: [2.5 / 4, 2.5 / 3], type: [2 / 4, 2 / 3] },
    ],
    [
      'one long prediction over two gold mentions pairs once',
      [m(0, 5, 'PER'), m(6, 10, 'PER')],
      [m(0, 10, 'PER')],
      { strict: [0, 0], exact: [0, 0], partial: [0.5, 0.25], type: [1, 0.5] },
    ],
  ])('%s', (_name, gold, pred, expected) => {
    const r = scoreMentions([gold], [pred]);
    for (const scheme of SCHEMES) {
      const [precision, recall] = expected[scheme];
      expect(r[scheme].micro.precision, `${scheme} precision`).toBeCloseTo(precision);
      expect(r[scheme].micro.recall, `${scheme} recall`).toBeCloseTo(recall);
      expect(Number.isNaN(r[scheme].micro.f1)).toBe(false);
      expect(r[scheme].counts.pos).toBe(gold.length);
      expect(r[scheme].counts.act).toBe(pred.length);
    }
  });

  it('counts SemEval outcomes', () => {
    const r = scoreMentions([[m(0, 6, 'ORG'), m(10, 20, 'PER'), m(30, 35, 'LOC'), m(50, 55, 'DATE')]], [[m(0, 6, 'ORG'), m(10, 15, 'PER'), m(30, 35, 'PER'), m(40, 45, 'MONEY')]]);
    expect(r.partial.counts).toEqual({ cor: 2, inc: 0, par: 1, mis: 1, spu: 1, pos: 4, act: 4 });
    expect(r.strict.counts).toEqual({ cor: 1, inc: 2, par: 0, mis: 1, spu: 1, pos: 4, act: 4 });
  });

  it('scores per label: precision by predicted label, recall by gold label', () => {
    const r = scoreMentions([[m(0, 6, 'ORG'), m(30, 35, 'LOC')]], [[m(0, 6, 'ORG'), m(30, 35, 'PER')]]);
    expect(Object.keys(r.strict.perType)).toEqual(['LOC', 'ORG', 'PER']);
    expect(r.strict.perType.ORG.f1).toBe(1);
    expect(r.strict.perType.LOC).toMatchObject({ precision: 0, recall: 0, tp: 0, fp: 0, fn: 1 });
    expect(r.strict.perType.PER).toMatchObject({ precision: 0, recall: 0, tp: 0, fp: 1, fn: 0 });
    expect(r.exact.perType.LOC.recall).toBe(1);
    expect(r.exact.perType.PER.precision).toBe(1);
  });

  it('never matches across documents', () => {
    const r = scoreMentions([[m(0, 6, 'ORG')], []], [[], [m(0, 6, 'ORG')]]);
    expect(r.strict.counts).toMatchObject({ cor: 0, mis: 1, spu: 1 });
  });
});
