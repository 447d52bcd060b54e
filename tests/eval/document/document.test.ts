import { describe, expect, it } from 'vitest';
import { scoreEntitySets, scoreLinks, type FactEntity } from '../../../src/eval/document/entities.js';
import { normaliseName } from '../../../src/eval/document/normalise.js';
import { scoreRelations, type FactRelation } from '../../../src/eval/document/relations.js';

const e = (name: string, type: string, qid?: string): FactEntity => ({ name, type, ...(qid ? { qid } : {}) });
const r = (subject: string, predicate: string, object: string): FactRelation => ({ subject, predicate, object });

describe('normaliseName', () => {
  it.each([
    ['Europäische  Zentralbank', 'europäische zentralbank'],
    ['Jensen\u00a0Huang', 'jensen huang'],
    ['Baden\u2013Württemberg', 'baden-württemberg'],
    ['  Nvidia ', 'nvidia'],
  ])('%s', (input, expected) => expect(normaliseName(input)).toBe(expected));
});

describe('scoreEntitySets', () => {
  it.each<[string, FactEntity[], FactEntity[], [number, number, number]]>([
    ['same set', [e('Nvidia', 'ORG'), e('China', 'LOC')], [e('China', 'LOC'), e('nvidia', 'ORG')], [2, 0, 0]],
    ['duplicate prediction costs precision', [e('Nvidia', 'ORG')], [e('Nvidia', 'ORG'), e('Nvidia', 'ORG')], [1, 1, 0]],
    ['wrong type', [e('Nvidia', 'ORG')], [e('Nvidia', 'PRODUCT')], [0, 1, 1]],
    ['variant name is not the canonical name', [e('Jensen Huang', 'PER')], [e('Huang', 'PER')], [0, 1, 1]],
    ['empty prediction', [e('Nvidia', 'ORG')], [], [0, 0, 1]],
    ['empty gold', [], [e('Nvidia', 'ORG')], [0, 1, 0]],
  ])('%s', (_name, gold, pred, [tp, fp, fn]) => {
    const s = scoreEntitySets([gold], [pred]);
    expect([s.micro.tp, s.micro.fp, s.micro.fn]).toEqual([tp, fp, fn]);
    expect(Number.isNaN(s.micro.f1)).toBe(false);
  });

  it('matches per article only, and reports per type', () => {
    const s = scoreEntitySets([[e('Nvidia', 'ORG')], [e('China', 'LOC')]], [[e('China', 'LOC')], [e('China', 'LOC')]]);
    expect(s.micro).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.perType.ORG).toMatchObject({ tp: 0, fn: 1 });
    expect(s.perType.LOC).toMatchObject({ tp: 1, fp: 1, precision: 0.5, recall: 1 });
  });
});

describe('scoreLinks', () => {
  it.each<[string, FactEntity[], FactEntity[], Record<string, number>]>([
    ['right link', [e('Nvidia', 'ORG', 'Q182477')], [e('Nvidia', 'ORG', 'Q182477')], { accuracy: 1, found: 1, precision: 1, recall: 1 }],
    ['wrong link', [e('Nvidia', 'ORG', 'Q182477')], [e('Nvidia', 'ORG', 'Q1')], { accuracy: 0, found: 1, precision: 0, recall: 0 }],
    ['found, not linked', [e('Nvidia', 'ORG', 'Q182477')], [e('Nvidia', 'ORG')], { accuracy: 0, found: 1, precision: 0, recall: 0 }],
    ['not found is not in accuracy', [e('Nvidia', 'ORG', 'Q182477')], [], { accuracy: 0, found: 0, precision: 0, recall: 0 }],
    ['a QID gold leaves unconfirmed is unjudged', [e('Kleinfirma', 'ORG')], [e('Kleinfirma', 'ORG', 'Q5')], { accuracy: 0, found: 0, precision: 0, recall: 0, judged: 0, predicted: 1 }],
    ['a QID on an entity gold lacks is unjudged', [e('Nvidia', 'ORG', 'Q182477')], [e('Nvidia', 'ORG', 'Q182477'), e('Intel', 'ORG', 'Q248')], { accuracy: 1, precision: 1, judged: 1, predicted: 2 }],
    ['right QID under another name counts for precision', [e('USA', 'LOC', 'Q30')], [e('Vereinigte Staaten', 'LOC', 'Q30')], { accuracy: 0, found: 0, precision: 1, recall: 1 }],
    ['duplicate with the right link is found', [e('Nvidia', 'ORG', 'Q182477')], [e('Nvidia', 'ORG'), e('Nvidia', 'ORG', 'Q182477')], { accuracy: 1, found: 1, precision: 1, recall: 1 }],
  ])('%s', (_name, gold, pred, expected) => {
    expect(scoreLinks([gold], [pred])).toMatchObject(expected);
  });
});

describe('scoreRelations', () => {
  it.each<[string, FactRelation[], FactRelation[], [number, number, number]]>([
    ['same triple, normalised names', [r('Jensen Huang', 'headOf', 'Nvidia')], [r('jensen huang', 'headOf', 'Nvidia')], [1, 0, 0]],
    ['wrong direction', [r('Jensen Huang', 'headOf', 'Nvidia')], [r('Nvidia', 'headOf', 'Jensen Huang')], [0, 1, 1]],
    ['wrong predicate', [r('Jensen Huang', 'headOf', 'Nvidia')], [r('Jensen Huang', 'founderOf', 'Nvidia')], [0, 1, 1]],
    ['duplicate', [r('A', 'basedIn', 'B')], [r('A', 'basedIn', 'B'), r('A', 'basedIn', 'B')], [1, 1, 0]],
    ['empty prediction', [r('A', 'basedIn', 'B')], [], [0, 0, 1]],
    ['empty gold', [], [r('A', 'basedIn', 'B')], [0, 1, 0]],
  ])('%s', (_name, gold, pred, [tp, fp, fn]) => {
    const s = scoreRelations([gold], [pred]);
    expect([s.micro.tp, s.micro.fp, s.micro.fn]).toEqual([tp, fp, fn]);
  });

  it('reports per predicate', () => {
    const s = scoreRelations([[r('A', 'basedIn', 'B'), r('C', 'headOf', 'A')]], [[r('A', 'basedIn', 'B')]]);
    expect(s.perType.basedIn.f1).toBe(1);
    expect(s.perType.headOf).toMatchObject({ f1: 0, fn: 1 });
  });
});
