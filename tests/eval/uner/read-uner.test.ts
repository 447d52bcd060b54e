import { describe, expect, it } from 'vitest';
import { parseUner } from '../../../src/eval/uner/read-uner.js';
import { unerTag } from '../../../src/eval/uner/evaluate-uner.js';
import { scoreChunks } from '../../../src/eval/conll/score.js';

// Sentences written for this test in UNER's IOB2 layout (not taken from UNER German PUD).
const TWO_DOCS = [
  '# newdoc id = n1',
  '# sent_id = n1-1',
  '# text = Angela Merkel besuchte Paris.',
  '1\tAngela\tB-PER\t-\t-',
  '2\tMerkel\tI-PER\t-\t-',
  '3\tbesuchte\tO\t-\t-',
  '4\tParis\tB-LOC\t-\t-',
  '5\t.\tO\t-\t-',
  '',
  '# sent_id = n1-2',
  '# text = Dort traf sie Vertreter der UNESCO.',
  '1\tDort\tO\t-\t-',
  '2\ttraf\tO\t-\t-',
  '3\tsie\tO\t-\t-',
  '4\tVertreter\tO\t-\t-',
  '5\tder\tO\t-\t-',
  '6\tUNESCO\tB-ORG\t-\t-',
  '7\t.\tO\t-\t-',
  '',
  '# newdoc id = w2',
  '# sent_id = w2-1',
  '# text = Der Rhein fließt durch Köln.',
  '1\tDer\tO\t-\t-',
  '2\tRhein\tB-LOC\t-\t-',
  '3\tfließt\tO\t-\t-',
  '4\tdurch\tO\t-\t-',
  '5\tKöln\tB-LOC\t-\t-',
  '6\t.\tO\t-\t-',
  '',
].join('\n');

describe('parseUner', () => {
  const sentences = parseUner(TWO_DOCS, 'two-docs.iob2');

  it('reads tokens and tags of every sentence, and groups sentences by their document', () => {
    expect(sentences.map((s) => s.source)).toEqual(['n1', 'n1', 'w2']);
    expect(sentences[0].tokens).toEqual(['Angela', 'Merkel', 'besuchte', 'Paris', '.']);
    expect(sentences[0].outer).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
    expect(sentences[2].inner.every((t) => t === 'O')).toBe(true);
  });

  it.each([
    ['a line without a tag', '1\tBerlin'],
    ['a tag that is not IOB2', '1\tBerlin\tLOC\t-\t-'],
  ])('refuses %s, naming file and line', (_what, bad) => {
    expect(() => parseUner(`# newdoc id = x\n${bad}\n`, 'bad.iob2')).toThrow(/^bad\.iob2:2: expected <idx> <token> <IOB2 tag>/);
  });
});

describe('unerTag', () => {
  it.each([
    ['B-PER', 'B-PER'],
    ['I-ORG', 'I-ORG'],
    ['B-LOCderiv', 'O'],
    ['B-OTH', 'O'],
    ['I-ORGpart', 'O'],
    ['O', 'O'],
  ])('%s is scored as %s', (tag, scored) => {
    expect(unerTag(tag)).toBe(scored);
  });

  it('lets an OTH or deriv prediction cost nothing, and a wrong PER/LOC/ORG count as wrong', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC', 'O']];
    // `deutschen` as LOCderiv and a product as OTH are not UNER classes; Paris typed ORG is an error.
    const pred = [['B-PER', 'I-PER', 'B-OTH', 'B-ORG', 'B-LOCderiv']];
    const s = scoreChunks(gold, pred, { mapTag: unerTag });
    expect([s.micro.tp, s.micro.fp, s.micro.fn]).toEqual([1, 1, 1]);
  });
});
