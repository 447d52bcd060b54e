import { describe, expect, it } from 'vitest';
import { compoundParts } from '../../../src/stages/tokenize/40-compound-parts.js';

describe('compoundParts', () => {
  it.each([
    ['Nvidia-Chef', ['Nvidia', 'Chef']],
    ['US-Regierung', ['US', 'Regierung']],
    ['Baden-Württemberg-Tour', ['Baden', 'Württemberg', 'Tour']],
    ['Nord\u2011Süd', ['Nord', 'Süd']],
    ['H20-Chips', ['H20', 'Chips']],
    ['Bundes-', undefined],
    ['Siemens', undefined],
    ['2020-2024', undefined],
    ['-', undefined],
  ])('%s -> %j', (word, expected) => {
    const text = `Der ${word} kam.`;
    const parts = compoundParts(text, { start: 4, end: 4 + word.length });
    expect(parts?.map((p) => text.slice(p.start, p.end))).toEqual(expected);
  });
});
