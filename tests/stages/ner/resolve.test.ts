import { describe, expect, it } from 'vitest';
import { policyOrder } from '../../../src/stages/ner/80-resolve.js';
import { PRIORITY, type Candidate } from '../../../src/stages/ner/candidate.js';

const cand = (start: number, end: number, priority: number, source: string): Candidate => ({ start, end, priority, source, type: 'ORG', kind: 'name', confidence: 0.5 });

describe('policyOrder', () => {
  it.each([
    ['priority first: gazetteer before model', [cand(0, 5, PRIORITY.model, 'model'), cand(0, 5, PRIORITY.gazetteer, 'gazetteer')], ['gazetteer', 'model']],
    ['then length: `Deutsche Bahn` before `Bahn`', [cand(9, 13, PRIORITY.gazetteer, 'Bahn'), cand(0, 13, PRIORITY.gazetteer, 'Deutsche Bahn')], ['Deutsche Bahn', 'Bahn']],
    ['then position', [cand(20, 25, PRIORITY.role, 'later'), cand(3, 8, PRIORITY.role, 'earlier')], ['earlier', 'later']],
    ['ties keep their order', [cand(0, 4, PRIORITY.compound, 'first'), cand(0, 4, PRIORITY.compound, 'second')], ['first', 'second']],
  ])('%s', (_name, candidates, expected) => {
    expect(policyOrder(candidates).map((k) => candidates[k].source)).toEqual(expected);
    const reference = [...candidates].sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
    expect(policyOrder(candidates).map((k) => candidates[k])).toEqual(reference);
  });
});
