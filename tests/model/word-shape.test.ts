import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/model/lexicons.js';
import { gazetteerFlags, shapeOf, startsUpper } from '../../src/model/word-shape.js';

/** The original regex definition of the shape, per code point. */
function shapeByRegex(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const WORDS = ['Nvidia-Chef', 'USA', '2025', 'chinesischen', 'Öl', 'ÄRZTE', 'Straße', 'İstanbul', 'ǅ', 'Ⅻ', '½', '٣', '12.04.2016', 'x-X', '„Berlin', '😀', 'a😀😀b', '\uD83D', 'a\uDE00', '', 'iPhone', 'e.V.'];

describe('word shape', () => {
  it.each([
    ['Nvidia-Chef', 'Xx-Xx'],
    ['USA', 'X'],
    ['2025', 'd'],
    ['Straße', 'Xx'],
    ['12.04.2016', 'd.d.d'],
    ['„Berlin', '„Xx'],
    ['a😀😀b', 'x😀x'],
  ])('shape of %s is %s', (w, s) => expect(shapeOf(w)).toBe(s));
  it.each(WORDS)('shape of %j matches the regex definition', (w) => expect(shapeOf(w)).toBe(shapeByRegex(w)));
  it.each(WORDS)('capitalisation of %j matches /^\\p{Lu}/u', (w) => expect(startsUpper(w)).toBe(/^\p{Lu}/u.test(w)));
});

describe('gazetteer flags', () => {
  it.each([
    ['Haus', 'N'],
    ['haus', 'N'],
    ['Berlin', 'C'],
    ['Zzyzxq', '-'],
  ])('%s has flags %s', (w, f) => expect(gazetteerFlags(w, loadLexicons())).toContain(f));
});
