import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../src/document/invariants.js';
import { codePointIndexer, formatPlace } from '../../src/document/offsets.js';
import { corpusArticles, extract } from '../helpers/pipeline.js';

describe('document invariants on every corpus article', () => {
  it.each(corpusArticles().map((a) => [a.path, a.text]))('%s', async (path, text) => {
    const doc = await extract(text, path);
    expect(doc.messages.filter((m) => m.fatal)).toEqual([]);
    expect(doc.tokens.length).toBeGreaterThan(50);
    expect(checkInvariants(doc)).toEqual([]);
    for (const e of doc.entities) expect(e.iri).toMatch(/^https:\/\/w3id\.org\/faktum\/id\//);
  });
});

describe('offset helpers', () => {
  it.each([
    ['plain text', 'abc', 3, 3],
    ['an emoji counts as one code point', '😀 Nvidia', 3, 2],
    ['two emoji', '😀😀x', 5, 3],
  ])('%s', (_name, text, utf16, codePoints) => {
    expect(codePointIndexer(text)(utf16)).toBe(codePoints);
  });

  it('formats places as line:column ranges', () => {
    expect(formatPlace('ab\ncdefgh', { start: 4, end: 6 })).toBe('2:2-2:4');
  });
});
