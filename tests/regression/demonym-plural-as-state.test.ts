import { describe, expect, it } from 'vitest';
import { extractText, openPipeline } from '../../src/api.js';

const pipeline = await openPipeline();

/** `text/TYPE/kind` of each mention of `word`. */
async function mentionsOf(text: string, word: string): Promise<string[]> {
  const doc = await extractText(pipeline, text);
  return doc.mentions.filter((m) => m.text === word).map((m) => `${m.text}/${m.type}/${m.kind}`);
}

// Leipzig news 2020 named teams by their state's demonym plural (`die Sachsen` for Erzgebirge Aue), and faktum
// linked them to the state as place names.
describe('a state name after a definite article is its people or team (LOCderiv), not the state', () => {
  it.each([
    ['Im Abstiegskampf konnten die Sachsen erst spät wieder starten.', 'Sachsen', 'Sachsen/LOC/deriv'],
    ['Keine Gefahr für das Tor der Niedersachsen.', 'Niedersachsen', 'Niedersachsen/LOC/deriv'],
    ['Dortmund verlor gegen die Bayern mit 0:2.', 'Bayern', 'Bayern/LOC/deriv'],
    ['In Sachsen und Bayern regnet es seit Tagen.', 'Sachsen', 'Sachsen/LOC/name'],
    ['Die Regierung von Sachsen tagte am Montag.', 'Sachsen', 'Sachsen/LOC/name'],
  ])('%s', async (text, word, expected) => {
    expect(await mentionsOf(text, word)).toEqual([expected]);
  });
});
