import { describe, expect, it } from 'vitest';
import { isNormalForm, normalForm } from '../../../src/stages/normalize/fold.js';

describe('normalForm', () => {
  it.each([
    ['plain word', 'Siemens', 'Siemens'],
    ['umlaut and sharp s', 'Straße', 'Straße'],
    ['number', '35.000', '35.000'],
    ['soft hyphen', 'Nvi\u00ADdia', 'Nvidia'],
    ['decomposed umlaut', 'Mu\u0308ller', 'Müller'],
    ['German quotes', '„Wir“', '"Wir"'],
    ['guillemets', '»Zeit«', '"Zeit"'],
    ['typographic apostrophe', 'Siemens’', "Siemens'"],
    ['en dash', 'Nord–Süd', 'Nord-Süd'],
    ['ligature', 'Auﬂage', 'Auflage'],
  ])('%s: %s -> %s', (_name, text, expected) => {
    expect(normalForm(text)).toBe(expected);
  });

  it.each([
    ['Müller', true],
    ['Straße', true],
    ['2025', true],
    ['«', false],
    ['Nvi\u00ADdia', false],
    ['Mu\u0308ller', false],
    ['„', false],
    ['–', false],
  ])('isNormalForm(%s) is %s', (text, expected) => {
    expect(isNormalForm(text)).toBe(expected);
  });

  it('agrees with the full folding for every code unit below U+0300', () => {
    for (let c = 0; c < 0x300; c++) {
      const s = String.fromCharCode(c);
      if (isNormalForm(s)) expect(s.normalize('NFC').replace(/[\u00ad«»]/g, '')).toBe(s);
    }
  });
});
