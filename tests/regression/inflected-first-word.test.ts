import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/pipeline.js';

/**
 * Regression: once the KB had names that start with `Deutschen` as written (`Deutschen Fußball-Bund`), the
 * gazetteer looked up only those for the word `Deutschen` and lost `der Deutschen Bahn` (an inflected
 * `Deutsche Bahn`), which then came from the model without a KB id.
 */
describe('KB names whose first word is an inflected adjective', () => {
  it.each([
    ['Die S-Bahn Berlin ist eine Tochter der Deutschen Bahn und fährt weiter.', 'Deutschen Bahn', 'org:deutsche-bahn'],
    ['Der Trainer sprach beim Deutschen Fußball-Bund vor.', 'Deutschen Fußball-Bund', 'org:dfb'],
    ['Die Chefin der Europäischen Zentralbank warnte.', 'Europäischen Zentralbank', undefined],
  ])('%s', async (text, name, kbId) => {
    const mention = (await extract(text)).mentions.find((m) => m.text === name);
    expect(mention?.source).toBe('gazetteer');
    if (kbId) expect(mention?.kbId).toBe(kbId);
  });
});

/** Regression: KB names with inner punctuation never matched, since the index split names at spaces only. */
describe('KB names with inner punctuation', () => {
  it.each([
    ['Der Sender Sat.1 zeigte den Film.', 'Sat.1', 'org:sat1'],
    ['Bündnis 90/Die Grünen widersprachen.', 'Bündnis 90/Die Grünen', 'org:greens'],
    ['Der 1. FC Köln verlor gegen den FC St. Pauli.', 'FC St. Pauli', 'org:fc-st-pauli'],
  ])('%s', async (text, name, kbId) => {
    const mention = (await extract(text)).mentions.find((m) => m.text === name);
    expect(mention?.kbId).toBe(kbId);
  });
});
