import { describe, expect, it } from 'vitest';
import { abbreviates, findAcronyms } from '../../../src/stages/ner/85-acronyms.js';
import { PRIORITY, type Candidate } from '../../../src/stages/ner/candidate.js';
import { extract, mentionLabels } from '../../helpers/pipeline.js';

describe('abbreviates (Schwartz and Hearst)', () => {
  it.each([
    ['ESMC', 'European Semiconductor Manufacturing Company', true],
    ['IPP', 'Max-Planck-Institut für Plasmaphysik', true],
    ['LBBW', 'Landesbank Baden-Württemberg', true],
    ['DTB', 'Deutsche Tennis Bund', true],
    ['CDU', 'Angela Merkel', false],
    ['DFB', 'Bundesliga', false],
    ['SBC', 'Bosch', false],
  ])('%s for %s: %s', (short, long, expected) => {
    expect(abbreviates(short, long)).toBe(expected);
  });
});

/** Issue 16: a CRF tagger missed `ESMC` after `European Semiconductor Manufacturing Company (ESMC)`, and four shareholder relations with it. */
describe('regression: a short form defined in brackets lost with the CRF tagger', () => {
  it('takes the type and KB id of the name before the brackets', async () => {
    const text = 'Hier baut die European Semiconductor Manufacturing Company (ESMC) ein Werk.';
    const doc = await extract(text);
    const start = text.indexOf('European');
    const long: Candidate = { start, end: text.indexOf(' (ESMC'), type: 'ORG', kind: 'name', source: 'model', confidence: 0.6, priority: PRIORITY.model, kbId: 'kb:x' };
    const found = findAcronyms(doc, [long]).map((c) => [doc.text.slice(c.start, c.end), c.type, c.kbId]);
    expect(found).toEqual([['ESMC', 'ORG', 'kb:x']]);
    const person: Candidate = { ...long, type: 'PER' };
    expect(findAcronyms(doc, [person])).toEqual([]);
  });

  it('the short form is propagated to later mentions (An ESMC hält TSMC 70 Prozent)', async () => {
    const doc = await extract('Der Deutsche Tennis Bund (DTB) plant neu. Der DTB hatte gewarnt.');
    expect(mentionLabels(doc).filter((m) => m.startsWith('DTB'))).toEqual(['DTB/ORG', 'DTB/ORG']);
  });
});
