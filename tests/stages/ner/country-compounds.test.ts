import { describe, expect, it } from 'vitest';
import { extractText, openPipeline } from '../../../src/api.js';

const pipeline = await openPipeline();

/** `text/TYPEpart` of each `part` mention. */
async function parts(text: string): Promise<string[]> {
  const doc = await extractText(pipeline, text);
  return doc.mentions.filter((m) => m.kind === 'part').map((m) => `${m.text}/${m.type}part`);
}

// Issue 16: a country's name closed up with a common noun is GermEval's LOCpart; the closed-compound rule took only
// organisations before role and organisation nouns (`Bahnchef`), so `Ukrainekrise` (real-news dev) was missed.
describe('country names in closed compounds', () => {
  it.each([
    ['a crisis of a country (was missed)', 'Die Ukrainekrise belastet die Wirtschaft.', ['Ukraine/LOCpart']],
    ['sanctions against a country', 'Die Russlandsanktionen wirken langsam.', ['Russland/LOCpart']],
    ['a trip to a country', 'Nach seiner Chinareise sprach der Minister von Fortschritten.', ['China/LOCpart']],
    ['no country before a head of three letters', 'Sie wurde am Katarakt operiert.', []],
    ['no city: a city name starts common words', 'Die Essensausgabe beginnt um zwölf Uhr.', []],
  ])('%s', async (_case, text, expected) => {
    expect(await parts(text)).toEqual(expected);
  });
});
