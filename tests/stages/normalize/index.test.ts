import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/document/doc.js';
import { tokenWords } from '../../../src/cache/word-info.js';
import { normalizeStage } from '../../../src/stages/normalize/index.js';

/** A document whose tokens are the given words, separated by spaces, each with its text as normal form. */
function docOf(words: string[]) {
  const doc = createDoc(words.join(' '), {});
  let start = 0;
  for (const text of words) {
    doc.tokens.push({ start, end: start + text.length, text, norm: text, sentence: 0 });
    start += text.length + 1;
  }
  return doc;
}

describe('normalize.de.v1', () => {
  // Regression: TokenWords reads normal forms once; one made before normalize would keep the raw forms' words.
  it.each([
    ['soft hyphen', 'Nvi\u00ADdia', 'Nvidia'],
    ['typographic apostrophe', 'Trump’s', "Trump's"],
    ['decomposed umlaut', 'Mu\u0308ller', 'Müller'],
  ])('words looked up before it are looked up again: %s', async (_name, raw, normal) => {
    const doc = docOf(['Chef', raw]);
    expect(tokenWords(doc.tokens).at(1).word).toBe(raw);
    const run = await normalizeStage.create({}, {} as never);
    await run(doc);
    expect(doc.tokens[1].norm).toBe(normal);
    expect(tokenWords(doc.tokens).at(1).word).toBe(normal);
  });
});
