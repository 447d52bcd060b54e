import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/pipeline.js';

/**
 * Issue 18, item 10: an invisible character pasted or scraped into a name (a zero-width joiner, non-joiner, word
 * joiner or byte-order mark) split the word, so `Mer\u200Dkel` became a second person `Angela Mer`. The tokenizer
 * keeps such characters inside a word, as it keeps soft hyphens, and the normal form drops them.
 */
describe('invisible joiners inside a name', () => {
  it.each([
    ['zero-width joiner', '\u200D'],
    ['zero-width non-joiner', '\u200C'],
    ['word joiner', '\u2060'],
    ['byte-order mark', '\uFEFF'],
    ['soft hyphen (as before)', '\u00AD'],
  ])('%s: one person with all three mentions, linked, offsets on the text as written', async (_name, c) => {
    const text = `Bundeskanzlerin Angela Merkel traf am Montag in Berlin ein. Mer${c}kel sagte, die Lage sei ernst. Angela Mer${c}kel reiste weiter.`;
    const doc = await extract(text);
    const persons = doc.entities.filter((e) => e.type === 'PER');
    expect(persons.map((e) => e.name)).toEqual(['Angela Merkel']);
    const mentions = doc.mentions.filter((m) => m.type === 'PER');
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Angela Merkel', `Mer${c}kel`, `Angela Mer${c}kel`]);
  });
});
