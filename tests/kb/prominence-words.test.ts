import { describe, expect, it } from 'vitest';
import { foldDiacritics, matchedWords } from '../../src/kb/prominence-words.js';

describe('foldDiacritics', () => {
  it.each([
    ['Gündoğan', 'Gündogan'],
    ['Erdoğan', 'Erdogan'],
    ['Martínez', 'Martinez'],
    ['Škoda', 'Skoda'],
    ['İlkay', 'Ilkay'],
    ['Über', 'Über'],
    ['Müller', 'Müller'],
    ['Köln', 'Köln'],
  ])('%s -> %s', (word, expected) => {
    expect(foldDiacritics(word)).toBe(expected);
  });
});

describe('matchedWords', () => {
  it.each([
    ['a full name matches without diacritics', ['İlkay', 'Gündoğan'], ['Ilkay', 'Gündogan']],
    ['a full name drops accents', ['Jérôme', 'Boateng'], ['Jerome', 'Boateng']],
    ['a full name keeps its umlauts', ['Julia', 'Klöckner'], ['Julia', 'Klöckner']],
    // Regression: folded one-word names counted every sentence-initial `Über` for Uber and `Real` for a club `Reál`.
    ['one word stays as written', ['Reál'], ['Reál']],
    ['one word stays as written, too', ['Malé'], ['Malé']],
  ])('%s', (_case, words, expected) => {
    expect(matchedWords(words)).toEqual(expected);
  });
});
