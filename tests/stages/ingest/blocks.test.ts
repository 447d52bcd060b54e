import { describe, expect, it } from 'vitest';
import { findBlocks, moreWordsThan } from '../../../src/stages/ingest/blocks.js';

describe('moreWordsThan', () => {
  it.each([
    ['Neue Chips für China', 8, false],
    ['Nvidia darf wieder H20-Chips nach China liefern, sagt die US-Regierung', 8, true],
    ['Eins zwei drei vier fünf sechs sieben acht', 8, false],
    ['Eins zwei drei vier fünf sechs sieben acht neun', 8, true],
    ['  führende  Leerzeichen zählen mit', 4, true],
    ['Wort\u00a0mit\u2003anderen\u3000Leerzeichen', 3, true],
    ['', 0, true],
    ['', 1, false],
  ])('%j, more than %i: %s', (text, n, expected) => {
    expect(moreWordsThan(text, n)).toBe(expected);
    expect(moreWordsThan(text, n)).toBe(text.split(/\s+/).length > n);
  });
});

describe('findBlocks', () => {
  it.each([
    ['Überschrift\n\nKurze Zwischenzeile\n\nDer Text beginnt hier und geht lange weiter, mit vielen Wörtern.', ['headline', 'heading', 'body']],
    ['Überschrift\n\nEin Satz, der kurz ist.', ['headline', 'body']],
    ['Überschrift\n\nDie Fabrik in Dresden (Archivbild)', ['headline', 'caption']],
  ])('%j', (text, kinds) => {
    expect(findBlocks(text, 0).map((b) => b.block)).toEqual(kinds);
  });
});
