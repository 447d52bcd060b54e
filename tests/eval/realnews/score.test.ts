import { describe, expect, it } from 'vitest';
import { scoreNer } from '../../../src/eval/realnews/score.js';

const text = 'Die deutschen Behörden und Angela Merkel besuchten Berlin.';
const span = (s: string, label: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, label });
const merkel = span('Angela Merkel', 'PER');

describe('real-news NER scoring (exact span and label)', () => {
  it.each([
    ['exact match', [merkel], [merkel], { tp: 1, fp: 0, fn: 0 }, 1],
    ['wrong label', [merkel], [{ ...merkel, label: 'ORG' }], { tp: 0, fp: 1, fn: 1 }, 0],
    ['span off by a token', [merkel], [span('Merkel', 'PER')], { tp: 0, fp: 1, fn: 1 }, 0],
    ['missed mention', [merkel], [], { tp: 0, fp: 0, fn: 1 }, 0],
    ['false alarm', [], [span('Behörden', 'ORG')], { tp: 0, fp: 1, fn: 0 }, 0],
    ['deriv found', [span('deutschen', 'LOCderiv')], [span('deutschen', 'LOCderiv')], { tp: 1, fp: 0, fn: 0 }, 0],
    ['deriv taken for a name', [span('deutschen', 'LOCderiv')], [span('deutschen', 'LOC')], { tp: 0, fp: 1, fn: 1 }, 0],
  ])('%s', (_name, gold, predicted, micro, namesTp) => {
    const s = scoreNer([{ id: 1, text, gold, predicted }]);
    expect({ tp: s.micro.tp, fp: s.micro.fp, fn: s.micro.fn }).toEqual(micro);
    expect(s.names.tp).toBe(namesTp);
  });

  it('counts per label, names only, and writes error lines', () => {
    const gold = [span('deutschen', 'LOCderiv'), merkel, span('Berlin', 'LOC')];
    const predicted = [span('deutschen', 'LOCderiv'), span('Merkel', 'PER'), span('Berlin', 'LOC'), span('Behörden', 'ORG')];
    const s = scoreNer([{ id: 42, text, gold, predicted }]);
    expect(Object.keys(s.perType)).toEqual(['LOC', 'LOCderiv', 'ORG', 'PER']);
    expect([s.perType.LOC.f1, s.perType.LOCderiv.f1, s.perType.PER.recall, s.perType.ORG.precision]).toEqual([1, 1, 0, 0]);
    expect([s.micro.tp, s.micro.fp, s.micro.fn]).toEqual([2, 2, 1]);
    expect([s.names.tp, s.names.fp, s.names.fn]).toEqual([1, 2, 1]);
    expect(s.errors).toEqual(['42 "Angela Merkel" PER: predicted "Merkel" PER', '42 "Behörden" ORG: not in gold']);
  });
});
