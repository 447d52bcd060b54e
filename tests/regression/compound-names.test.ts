import { describe, expect, it } from 'vitest';
import { extract, mentionLabels } from '../helpers/pipeline.js';

/**
 * Regressions: a KB entry named `US-Regierung` turned the compound into an organisation (the seed then had ten
 * entities), and an alias `H20-Chip` made `H20-Chips` a whole-word product name through genitive stripping.
 * A name followed by a common noun in one word is the name as `part`.
 */
describe('regression: names inside compounds stay parts', () => {
  it.each([
    ['country + government', 'Die US-Regierung hatte zugesagt.', 'US/LOCpart'],
    ['product + plural noun', 'Nvidia liefert die H20-Chips.', 'H20/PRODUCTpart'],
    ['country + visit', 'Huang auf China-Besuch', 'China/LOCpart'],
    ['person + government', 'Die Biden-Regierung hatte begründet.', 'Biden/PERpart'],
  ])('%s', async (_name, text, expected) => {
    expect(mentionLabels(await extract(text))).toContain(expected);
  });
});

/** Regression: `der Deutschen Bahn` and `des Europäischen Gerichtshofs` were not found as the KB's names. */
describe('regression: multi-word names with an inflected adjective', () => {
  it.each([
    ['dative', 'Die S-Bahn ist eine Tochter der Deutschen Bahn.', 'Deutschen Bahn/ORG'],
    ['genitive', 'Sie verwies auf das Urteil des Europäischen Gerichtshofs.', 'Europäischen Gerichtshofs/ORG'],
  ])('%s', async (_name, text, expected) => {
    expect(mentionLabels(await extract(text))).toContain(expected);
  });
});
