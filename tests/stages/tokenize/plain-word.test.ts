import { describe, expect, it } from 'vitest';
import { TOKEN_PATTERN } from '../../../src/stages/tokenize/patterns.js';
import { plainWordEnd } from '../../../src/stages/tokenize/plain-word.js';

/** The end of the token pattern's match at `i`. */
function patternEnd(text: string, i: number): number {
  const re = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : i + 1;
}

describe('plainWordEnd', () => {
  it.each([
    ['word before a space', 'Siemens wächst', 7],
    ['umlauts and sharp s', 'Straßenbahn fährt', 11],
    ['word before a comma', 'Berlin, Paris', 6],
    ['year before a space', '2025 kam', 4],
    ['end of the text', 'Bahn', 4],
    ['word before a closing bracket', 'CDU)', 3],
  ])('%s: %s', (_name, text, end) => {
    expect(plainWordEnd(text, 0)).toBe(end);
    expect(plainWordEnd(text, 0)).toBe(patternEnd(text, 0));
  });

  it.each([
    ['sentence end (inner period possible)', 'gesagt.'],
    ['model name', 'ID.3'],
    ['hyphen compound', 'Nvidia-Chef'],
    ['decimal comma', '4,5 Prozent'],
    ['thousands separator', '35.000'],
    ['time', '10:30'],
    ['URL', 'https://example.de'],
    ['e-mail address', 'info@dpa.de'],
    ['e-mail with underscore', 'max_m@x.de'],
    ['genitive apostrophe', "Siemens' Umsatz"],
    ['non-Latin-1 letter next', 'Łódź'],
    ['quote', '„Wir'],
  ])('leaves %s to the pattern: %s', (_name, text) => {
    expect(plainWordEnd(text, 0)).toBe(-1);
  });

  it('agrees with the pattern at every position of mixed text', () => {
    const text = 'Der Nvidia-Chef sagte am 3. März 2025 in München: „Wir liefern 4,5 Mio. Chips (H20) an ID.3-Käufer, info@x.de.“';
    for (let i = 0; i < text.length; i++) {
      const end = plainWordEnd(text, i);
      if (end >= 0) expect(end).toBe(patternEnd(text, i));
    }
  });
});
