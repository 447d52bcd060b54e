import { describe, expect, it } from 'vitest';
import { splitAtConjunctions } from '../../../src/stages/ner/coordination-split.js';
import { PRIORITY, type Candidate } from '../../../src/stages/ner/candidate.js';
import { extract } from '../../helpers/pipeline.js';

/** Issue 16: the CRF tagger read `Austrian Airlines und Brussels Airlines` as one organisation (a shareholder relation lost). */
describe('regression: two names joined by a conjunction into one span', () => {
  it.each([
    ['two airlines', 'Lufthansa hält Anteile an Austrian Airlines und Brussels Airlines.', 'Austrian Airlines und Brussels Airlines', 'ORG', ['Austrian Airlines', 'Brussels Airlines']],
    ['two states', 'Gewählt wird in Sachsen und Thüringen.', 'Sachsen und Thüringen', 'LOC', ['Sachsen', 'Thüringen']],
    ['a ministry with a lower-case word', 'Das Ministerium für Umwelt und Verbraucherschutz prüft.', 'Ministerium für Umwelt und Verbraucherschutz', 'ORG', ['Ministerium für Umwelt und Verbraucherschutz']],
    ['a hyphenated first half', 'Der Klima- und Transformationsfonds wächst.', 'Klima- und Transformationsfonds', 'ORG', ['Klima- und Transformationsfonds']],
    ['a work', 'Er las Krieg und Frieden zweimal.', 'Krieg und Frieden', 'OTH', ['Krieg und Frieden']],
  ])('%s', async (_name, text, words, type, expected) => {
    const doc = await extract(text);
    const start = text.indexOf(words);
    const c: Candidate = { start, end: start + words.length, type: type as Candidate['type'], kind: 'name', source: 'model', confidence: 0.6, priority: PRIORITY.model };
    expect(splitAtConjunctions(doc, [c]).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});
