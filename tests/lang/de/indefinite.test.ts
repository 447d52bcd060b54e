import { describe, expect, it } from 'vitest';
import type { Token } from '../../../src/document/types.js';
import { afterIndefinite } from '../../../src/lang/de/indefinite.js';

describe('afterIndefinite: a noun after an indefinite, negating or demonstrative determiner', () => {
  it.each([
    ['Vor einer Allianz sollten Unternehmen eine Strategie haben.', 'Allianz', true],
    ['Sie schmiedeten eine neue Allianz gegen Rechts.', 'Allianz', true],
    ['Es gibt keine Union ohne Kompromisse.', 'Union', true],
    ['Der Chef der Allianz trat zurück.', 'Allianz', false],
    ['Die Allianz meldete Gewinne.', 'Allianz', false],
    ['Ein Sprecher sagte, Allianz werde zahlen.', 'Allianz', false],
    ['Eine Woche später. Allianz meldete Gewinne.', 'Allianz', false],
  ])('%s (%s) -> %s', (text, word, expected) => {
    const tokens = toTokens(text);
    expect(afterIndefinite(tokens, tokens.findIndex((t) => t.norm === word))).toBe(expected);
  });
});

/** Words and punctuation with a sentence number that grows after each period: all afterIndefinite reads. */
function toTokens(text: string): Token[] {
  let sentence = 0;
  return (text.match(/[\p{L}\p{N}-]+|[^\s\p{L}\p{N}]/gu) ?? []).map((norm) => ({ norm, sentence: norm === '.' ? sentence++ : sentence }) as unknown as Token);
}
