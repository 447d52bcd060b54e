import { describe, expect, it } from 'vitest';
import { forgetTokenWords, gatedSlot, tokenWords, wordInfo, wordSlot } from '../../src/cache/word-info.js';
import { roleOf, roleOfToken } from '../../src/lang/de/roles.js';
import { isProductNoun, isProductNounToken } from '../../src/lang/de/product-nouns.js';

const tokens = (words: string[]) => words.map((norm) => ({ norm }));

describe('wordInfo and slots', () => {
  it.each([['Siemens'], ['der'], [','], ['Bundesgesundheitsministerium'], ['EU']])('one WordInfo per word: %s', (word) => {
    // A different string object with the same text finds the same WordInfo.
    expect(wordInfo(`${word} `.slice(0, -1))).toBe(wordInfo(word));
    expect(wordInfo(word).word).toBe(word);
  });

  it('computes a slot once per word, including undefined values', () => {
    const seen: string[] = [];
    const slot = wordSlot((w: string) => (seen.push(w), w.endsWith('chef') ? w.length : undefined));
    expect(slot(wordInfo('Bahnchef'))).toBe(8);
    expect(slot(wordInfo('Bahnchef'))).toBe(8);
    expect(slot(wordInfo('Bahnhof'))).toBeUndefined();
    expect(slot(wordInfo('Bahnhof'))).toBeUndefined();
    expect(seen).toEqual(['Bahnchef', 'Bahnhof']);
  });

  it('gated slots answer `otherwise` without computing when the gate is false', () => {
    const seen: string[] = [];
    const slot = gatedSlot((w) => /^\p{Lu}/u.test(w), 'lower', (w) => (seen.push(w), 'upper'));
    const words = tokenWords(tokens(['die', 'Regierung', 'in', 'Berlin']));
    expect([0, 1, 2, 3].map((i) => slot(words, i))).toEqual(['lower', 'upper', 'lower', 'upper']);
    expect(seen).toEqual(['Regierung', 'Berlin']);
  });

  it('reads normal forms again after forgetTokenWords', () => {
    const list = tokens(['Chef', 'Haus']);
    const words = tokenWords(list);
    expect(words.at(1).word).toBe('Haus');
    list[1].norm = 'Präsident';
    forgetTokenWords();
    const again = tokenWords(list);
    expect(again).not.toBe(words);
    expect(again.at(1).word).toBe('Präsident');
  });

  it('looks up a token added after the TokenWords was made', () => {
    const list = tokens(['Jensen']);
    const words = tokenWords(list);
    list.push(...tokens(['Huang']));
    expect(words.at(1)).toBe(wordInfo('Huang'));
  });

  // Regression: a WeakMap from token arrays to TokenWords kept every document's tokens alive through V8's minor
  // collections (its young keys count as live there), so they were all promoted and the old generation was marked
  // about once a second. Now only the current document's TokenWords is kept.
  it('keeps the TokenWords of the current document, and makes a fresh one when another document comes', () => {
    const first = tokens(['Jensen', 'Huang']);
    const second = tokens(['Donald', 'Trump']);
    const a = tokenWords(first);
    expect(tokenWords(first)).toBe(a);
    const b = tokenWords(second);
    expect(b).not.toBe(a);
    expect(b.at(1).word).toBe('Trump');
    const again = tokenWords(first);
    expect(again.tokens).toBe(first);
    expect(again.at(0)).toBe(wordInfo('Jensen'));
  });

  it.each([['Nvidia-Chef'], ['Ministerpräsidentin'], ['Vorstandsvorsitzender'], ['Sprecherin'], ['Bahnhof'], ['chef'], ['Impfstoff'], ['KI-Chip'], ['Chip']])(
    'token classifiers agree with the word classifiers: %s',
    (word) => {
      const words = tokenWords(tokens([word]));
      expect(roleOfToken(words, 0)).toEqual(roleOf(word));
      expect(isProductNounToken(words, 0)).toBe(isProductNoun(word));
    },
  );
});
