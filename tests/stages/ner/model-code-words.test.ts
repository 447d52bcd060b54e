import { describe, expect, it } from 'vitest';
import { wordsWithDigits } from '../../../src/stages/ner/model-code-words.js';

/** The reference: every match of the whole-text pattern that has a digit. */
function reference(text: string): Array<[number, string]> {
  return [...text.matchAll(/(?<![\p{L}\d.\-/@_])\p{L}[\p{L}\d]*(?:[-.][\p{L}\d]+)*/gu)].filter((m) => /\d/.test(m[0])).map((m) => [m.index, m[0]]);
}

describe('wordsWithDigits', () => {
  it.each([
    ['model codes', 'Airbus liefert den A330neo und den A350 aus.', [[19, 'A330neo'], [35, 'A350']]],
    ['inner period', 'VW baut den ID.3 in Zwickau.', [[12, 'ID.3']]],
    ['code before a compound head', 'Die H20-Chips von Nvidia.', [[4, 'H20-Chips']]],
    ['code after a digit is no match', 'Der 5G-Ausbau und 737 Max.', []],
    ['inside an e-mail address', 'Mail an info2@dpa.de bitte.', [[8, 'info2']]],
    ['after a slash', 'Linie S1/S2 fährt.', [[6, 'S1']]],
    ['no digit', 'Siemens wächst in München.', []],
    ['numbers without letters are skipped', 'Umsatz: 35.000 Euro, 12,5% mehr als 2024.', []],
    ['a code after a bare year', 'Bis 2030 kommt der A400M.', [[19, 'A400M']]],
    ['letters beyond ASCII', 'Ä1 und ÿ2', [[0, 'Ä1'], [7, 'ÿ2']]],
    ['line breaks and tabs', 'iX3\n\tMTG-S1\r\nS7-1500', [[0, 'iX3'], [5, 'MTG-S1'], [13, 'S7-1500']]],
  ])('%s: %s', (_name, text, expected) => {
    const found = [...wordsWithDigits(text)].map((m) => [m.index, m[0]]);
    expect(found).toEqual(expected);
    expect(found).toEqual(reference(text));
  });
});
