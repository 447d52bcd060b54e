import { describe, expect, it } from 'vitest';
import { findSpeakerNames } from '../../../src/stages/ner/58-speaker-names.js';
import { extract } from '../../helpers/pipeline.js';

/** The rule's mentions as `text/TYPE`. */
async function found(text: string): Promise<string[]> {
  const doc = await extract(text);
  return findSpeakerNames(doc).map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`);
}

/** Issue 16: a CRF tagger left unknown speakers after a quote unnamed (real-news dev: `so Pock`, `erläuterte Doskozil`). */
describe('regression: the speaker after a quote missed by the CRF tagger', () => {
  it.each([
    ['a surname after "so" and a closing quote', '"Das zeigt es wieder", so Pock abschließend.', ['Pock/PER']],
    ['a surname after a comma and a speech verb', 'Das hänge von den Gesprächen ab, erläuterte Doskozil.', ['Doskozil/PER']],
    ['a full name', '„Wir bleiben“, sagte Anna Rohrbach am Montag.', ['Anna Rohrbach/PER']],
    ['a surname that is a noun too, known as a name', '"Das reicht nicht", sagte Schneider.', ['Schneider/PER']],
  ])('%s', async (_name, text, expected) => {
    expect(await found(text)).toEqual(expected);
  });

  it.each([
    ['a role noun', '"Das reicht nicht", sagte Bundeskanzler Merz.'],
    ['an article', '"Das reicht nicht", sagte ein Sprecher.'],
    ['a country', '"Das reicht nicht", so Deutschland.'],
    ['no quote or comma before the verb', 'Er sagte Anna Bescheid.'],
    ['a common noun', '"Gut", so Experten.'],
  ])('nothing after %s', async (_name, text) => {
    expect(await found(text)).toEqual([]);
  });
});
