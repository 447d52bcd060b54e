import { describe, expect, it } from 'vitest';
import { extractTokens } from '../../src/api.js';
import { dePipeline, extract, mentionLabels } from '../helpers/pipeline.js';

/**
 * Names the merge policy used to cut short or lose (GermEval 2014 dev, session 2): a person after a role noun
 * stopped at a name particle, a place adjective beat the learned name it opens, and a title split by
 * pre-tokenized text (`Dr` `.`) was taken for the person.
 */
describe('names no longer cut short', () => {
  it.each([
    ['a person after a role noun keeps the particle of the name', 'Vizekanzler Franz von Papen trat zurück.', 'Franz von Papen/PER'],
    ['a person after a role noun keeps a two-word surname', 'Präsident Fernando Collor de Mello trat zurück.', 'Fernando Collor de Mello/PER'],
    ['a place adjective opening a learned name', 'Die Leipziger Volkszeitung berichtete darüber.', 'Leipziger Volkszeitung/ORG'],
    ['a place adjective opening a learned company name', 'Die Berliner Verkehrsbetriebe streikten.', 'Berliner Verkehrsbetriebe/ORG'],
    ['a KB name with a place adjective keeps its KB reading', 'Die Berliner Zeitung berichtete darüber.', 'Berliner Zeitung/ORG'],
    ['a person after a verb of saying is no noun', 'Und er flattert, kritisierte Lehmann im Trainingslager.', 'Lehmann/PER'],
    ['a place adjective before an organisation noun stays an adjective', 'Der Münchner Autobauer legte zu.', 'Münchner/LOCderiv'],
    ['a place adjective before a KB company stays an adjective', 'Die Frankfurter Commerzbank zahlte.', 'Frankfurter/LOCderiv'],
    ['the KB company after it is found', 'Die Frankfurter Commerzbank zahlte.', 'Commerzbank/ORG'],
  ])('%s', async (_name, text, expected) => {
    expect(mentionLabels(await extract(text))).toContain(expected);
  });

  it.each([
    ['Dr . split from its period', 'Die Firma ging vom Gründer Dr . Bernd Rödl an seinen Sohn', 'Bernd Rödl/PER'],
    ['Prof . Dr . split from their periods', 'Laut Prof . Dr . Anna Klein steigt der Wert', 'Anna Klein/PER'],
  ])('pre-tokenized: %s', async (_name, text, expected) => {
    const doc = await extractTokens(await dePipeline(), [text.split(' ')]);
    const labels = mentionLabels(doc);
    expect(labels).toContain(expected);
    expect(labels.filter((l) => l.startsWith('Dr/') || l.startsWith('Prof/'))).toEqual([]);
  });
});
