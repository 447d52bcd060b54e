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

/**
 * Regressions found on GermEval dev (training data): the KB gazetteer took the place out of a learned organisation
 * name (`Borussia Dortmund` became ORG `Borussia` + LOC `Dortmund`), and KB names such as `EU-Kommission` hid the
 * name inside the compound.
 */
describe('regression: names around places, and name-noun compounds in the KB', () => {
  it('keeps a KB name-noun compound as the name part', async () => {
    expect(mentionLabels(await extract('Die EU-Kommission prüft den Plan.'))).toContain('EU/ORGpart');
  });

  it.each([
    ['a place name inside', 'Borussia Dortmund', [[9, 17, 'LOC', 'name', 'gazetteer']], true],
    ['a place adjective and a naming noun', 'Leipziger Volkszeitung', [[0, 9, 'LOC', 'deriv', 'rule:derived-adjective']], true],
    ['a place adjective and a KB company', 'Frankfurter Commerzbank', [[0, 11, 'LOC', 'deriv', 'rule:derived-adjective'], [12, 23, 'ORG', 'name', 'gazetteer']], false],
    ['a place adjective and an organisation noun', 'Münchner Autobauer', [[0, 8, 'LOC', 'deriv', 'rule:derived-adjective']], false],
    ['a place adjective and two more words', 'Hamburger Hafenlogistiker HHLA', [[0, 9, 'LOC', 'deriv', 'rule:derived-adjective']], false],
  ] as const)('lets a learned organisation name keep %s (%s): %s', async (_name, text, others, promoted) => {
    const { promoteNamesAroundPlaces } = await import('../../src/stages/ner/70-names-around-places.js');
    const model = { start: 0, end: text.length, type: 'ORG' as const, kind: 'name' as const, source: 'model', confidence: 0.6, priority: 20 };
    const rest = others.map(([start, end, type, kind, source]) => ({ start, end, type, kind, source, confidence: 0.9, priority: 50 }));
    const doc = { text } as Parameters<typeof promoteNamesAroundPlaces>[0];
    expect(promoteNamesAroundPlaces(doc, [model, ...rest])[0].priority > 50).toBe(promoted);
  });
});
