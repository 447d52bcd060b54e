import { describe, expect, it } from 'vitest';
import { sortedBytes, sortedText } from '../../../src/rdf/nquads/sorted-text.js';

const A = '<https://w3id.org/faktum/article/a#char=0,6>';
const B = '<https://w3id.org/faktum/article/a#char=8,14>';
const G = '<https://w3id.org/faktum/article/a/graph>';
const ANCHOR = '<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf>';
const TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';
const line = (s: string, p: string, o: string, g = '') => `${s} ${p} ${o}${g ? ` ${g}` : ''} .\n`;

/** Lines grouped as QuadWriter keeps them: subject -> predicate -> the rest of each line after the predicate. */
function grouped(lines: string[]): Map<string, Map<string, string[]>> {
  const map = new Map<string, Map<string, string[]>>();
  for (const l of lines) {
    const [s, p] = l.split(' ');
    if (!map.has(s)) map.set(s, new Map());
    const bySubject = map.get(s)!;
    bySubject.set(p, [...(bySubject.get(p) ?? []), l.slice(s.length + p.length + 2)]);
  }
  return map;
}

const cases: Array<[string, string[]]> = [
  ['one line', [line(A, ANCHOR, '"Nvidia"')]],
  ['subjects out of order', [line(B, ANCHOR, '"Huang"'), line(A, ANCHOR, '"Nvidia"')]],
  ['predicates out of order under one subject', [line(A, TYPE, '<http://schema.org/Organization>'), line(A, ANCHOR, '"Nvidia"')]],
  ['two objects of one predicate', [line(A, TYPE, '<http://schema.org/Place>'), line(A, TYPE, '<http://schema.org/City>')]],
  ['a repeated line', [line(A, ANCHOR, '"Nvidia"'), line(A, ANCHOR, '"Nvidia"'), line(B, ANCHOR, '"Huang"')]],
  ['an object that starts another', [line(A, ANCHOR, '"Nvidia AG"', G), line(A, ANCHOR, '"Nvidia"', G)]],
  ['one object in the default graph and in a named one', [line(A, ANCHOR, '"Nvidia"', G), line(A, ANCHOR, '"Nvidia"')]],
  ['text beyond Latin-1 (two bytes per character in a string)', [line(A, ANCHOR, '"„Wir schaffen das“ – Merkel"', G), line(B, ANCHOR, '"Ökonom Grüße"', G)]],
  ['characters beyond the BMP and a lone surrogate (U+FFFD in UTF-8, as Buffer.from writes it)', [line(A, ANCHOR, '"Grüße 😀 \ud800 Köln"', G)]],
  ['a literal longer than the scratch buffer', [line(B, ANCHOR, `"${'Straße '.repeat(200_000)}"`, G), line(A, ANCHOR, '"Nvidia"', G)]],
];

describe('sortedText and sortedBytes: the lines in the order jsonld.js writes them, each once', () => {
  it.each(cases)('%s', (_name, lines) => {
    const expected = [...new Set(lines)].sort().join('');
    expect(sortedText(grouped(lines))).toBe(expected);
    expect(sortedBytes(grouped(lines)).equals(Buffer.from(expected))).toBe(true);
  });
});
