import { describe, expect, it } from 'vitest';
import { codePointIndexer, firstStartingAt, spanFinder } from '../../src/document/offsets.js';

const spans = (list: Array<[number, number]>) => list.map(([start, end]) => ({ start, end }));

describe('firstStartingAt', () => {
  it.each([
    [0, 0],
    [4, 1],
    [5, 1],
    [6, 2],
    [100, 3],
  ])('offset %i -> %i', (offset, expected) => {
    expect(firstStartingAt(spans([[0, 4], [5, 9], [10, 20]]), offset)).toBe(expected);
  });
});

describe('spanFinder', () => {
  // `Nvidia liefert. Die Aktie steigt.` as two sentences, and the same with an empty and an overlapping one.
  it.each([
    ['ordered sentences', spans([[0, 15], [16, 33]]), [[0, 6], [20, 25], [14, 18], [16, 33]]],
    ['an empty sentence', spans([[0, 15], [15, 15], [16, 33]]), [[0, 6], [16, 20], [15, 16]]],
    ['overlapping sentences (linear find)', spans([[0, 20], [10, 33], [5, 12]]), [[11, 12], [6, 8], [25, 30]]],
  ])('%s: as Array.find', (_name, sentences, queries) => {
    const find = spanFinder(sentences);
    for (const [start, end] of queries) {
      expect(find({ start, end })).toBe(sentences.find((s) => start >= s.start && end <= s.end));
    }
  });
});

describe('codePointIndexer', () => {
  it.each([
    ['German text without surrogates', 'Müller sagt „Ja“.', [0, 6, 17], [0, 6, 17]],
    ['an emoji counts once', 'Top 👍 Siemens', [0, 4, 6, 7, 14], [0, 4, 5, 6, 13]],
    ['a lone surrogate counts as one', 'A\ud800B', [0, 1, 2, 3], [0, 1, 2, 3]],
  ])('%s', (_name, text, offsets, expected) => {
    const cp = codePointIndexer(text);
    expect(offsets.map(cp)).toEqual(expected);
    expect(offsets.map((o) => [...text.slice(0, o)].length)).toEqual(expected);
  });

  it.each([[-1], [100], [1.5]])('has no value for offset %d outside the text', (offset) => {
    expect(codePointIndexer('Bahn')(offset)).toBeUndefined();
    expect(codePointIndexer('Bahn 👍')(offset)).toBeUndefined();
  });
});
