import { describe, expect, it } from 'vitest';
import { linkCoverage } from '../../../src/eval/links/coverage.js';
import { sentenceDocs } from '../../../src/eval/links/leipzig.js';
import { regionEnd, scoreLinks } from '../../../src/eval/links/score.js';
import type { EvalDoc } from '../../../src/eval/pipeline-api.js';

const sentences = ['Angela Merkel sprach in Berlin.', 'Müller traf, sagte Trainer Flick.'];
const [sd] = sentenceDocs(sentences, 10);
// A made-up pipeline result over the two sentences: Merkel and Berlin linked, Müller linked wrongly, Flick linked
// where the gold has no mention (after the first comma).
const at = (text: string, from = 0) => sd.text.indexOf(text, from);
const doc: EvalDoc = {
  text: sd.text,
  tokens: [],
  relations: [],
  mentions: [
    { id: 'm1', start: at('Angela Merkel'), end: at('Angela Merkel') + 13, type: 'PER', kind: 'name', entity: 'e1' },
    { id: 'm2', start: at('Berlin'), end: at('Berlin') + 6, type: 'LOC', kind: 'name', entity: 'e2' },
    { id: 'm3', start: at('Müller'), end: at('Müller') + 6, type: 'PER', kind: 'name', entity: 'e3' },
    { id: 'm4', start: at('Flick'), end: at('Flick') + 5, type: 'PER', kind: 'name', entity: 'e4' },
  ],
  entities: [
    { id: 'e1', type: 'PER', name: 'Angela Merkel', qid: 'Q567', mentions: ['m1'] },
    { id: 'e2', type: 'LOC', name: 'Berlin', qid: 'Q64', mentions: ['m2'] },
    { id: 'e3', type: 'PER', name: 'Müller', qid: 'Q1', mentions: ['m3'] },
    { id: 'e4', type: 'PER', name: 'Flick', qid: 'Q3', mentions: ['m4'] },
  ],
};

describe('faktum eval links', () => {
  it('groups sentences into documents with their start offsets', () => {
    expect(sd.starts).toEqual([0, sentences[0].length + 1]);
    expect(sd.text.slice(sd.starts[1], sd.starts[1] + sentences[1].length)).toBe(sentences[1]);
  });

  it('counts the linked share of PER/ORG/LOC name mentions and the unlinked names', () => {
    const unlinkedFlick = { ...doc, entities: doc.entities.map((e) => (e.id === 'e4' ? { ...e, qid: undefined } : e)) };
    const c = linkCoverage([unlinkedFlick]);
    expect([c.perType.PER.mentions, c.perType.PER.linked, c.perType.LOC.share, c.micro.linked]).toEqual([3, 2, 1, 3]);
    expect(c.topUnlinked).toEqual([['PER', 'Flick', 1]]);
  });

  it.each([
    ['all', 'a wrong QID costs precision and recall; a link where the gold has no mention costs precision', { tp: 2, fp: 2, fn: 1 }],
    ['to-first-comma', 'the link after the first comma, outside the annotated part, is not scored', { tp: 2, fp: 1, fn: 1 }],
  ] as const)('scores against gold (region %s): %s', (region, _why, expected) => {
    const gold = {
      region,
      sentences: [1, 2],
      mentions: [
        { sentence: 1, start: 0, end: 13, anchor: 'Angela Merkel', type: 'PER', qid: 'Q567' },
        { sentence: 1, start: 24, end: 30, anchor: 'Berlin', type: 'LOC', qid: 'Q64' },
        { sentence: 2, start: 0, end: 6, anchor: 'Müller', type: 'PER', qid: 'Q2' },
      ],
    };
    const s = scoreLinks(gold, [{ sd, doc }], 10);
    expect({ tp: s.tp, fp: s.fp, fn: s.fn }).toEqual(expected);
    // Merkel, Berlin and Müller are found with the annotated spans: two right links of three.
    expect(s.exactSpans).toEqual({ tp: 2, fp: 1, precision: 2 / 3 });
  });

  it('ends the annotated region at the first comma when asked', () => {
    expect(regionEnd('Müller traf, sagte Trainer Flick.', 'to-first-comma')).toBe(11);
    expect(regionEnd('Müller traf.', 'to-first-comma')).toBe(12);
    expect(regionEnd('a, b', 'all')).toBe(4);
  });
});
