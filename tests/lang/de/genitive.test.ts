import { describe, expect, it } from 'vitest';
import { stripGenitive } from '../../../src/lang/de/genitive.js';

describe('stripGenitive: the genitive ending NER and linking both strip', () => {
  it.each([
    ['Nvidias', 'Nvidia'],
    ['Chinas', 'China'],
    ["Siemens'", 'Siemens'],
    ['Siemens’', 'Siemens'],
    ['Trumps', 'Trump'],
    // Any final `s` after another letter is cut; the gazetteer then looks the form up (`Siemen` is none).
    ['Siemens', 'Siemen'],
    ['Boss', undefined],
    ['Bus', undefined],
    ['H20-Chips', undefined],
    ['Berlin', undefined],
    ['Straße', undefined],
    ['', undefined],
  ])('%s -> %s', (word, expected) => {
    expect(stripGenitive(word)).toBe(expected);
  });
});
