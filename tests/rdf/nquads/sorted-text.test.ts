import { describe, expect, it } from 'vitest';
import { sortedText } from '../../../src/rdf/nquads/sorted-text.js';

const A = '<https://w3id.org/faktum/article/a#char=0,6>';
const B = '<https://w3id.org/faktum/article/a#char=8,14>';
const ANCHOR = '<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf>';
const TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';
const line = (s: string, p: string, o: string) => `${s} ${p} ${o} .\n`;

/** Lines grouped as QuadWriter keeps them: subject -> predicate -> lines. */
function grouped(lines: string[]): Map<string, Map<string, string[]>> {
  const map = new Map<string, Map<string, string[]>>();
  for (const l of lines) {
    const [s, p] = l.split(' ');
    if (!map.has(s)) map.set(s, new Map());
    const bySubject = map.get(s)!;
    bySubject.set(p, [...(bySubject.get(p) ?? []), l]);
  }
  return map;
}

describe('sortedText: the lines in the order jsonld.js writes them, each once', () => {
  it.each([
    ['one line', [line(A, ANCHOR, '"Nvidia"')]],
    ['subjects out of order', [line(B, ANCHOR, '"Huang"'), line(A, ANCHOR, '"Nvidia"')]],
    ['predicates out of order under one subject', [line(A, TYPE, '<http://schema.org/Organization>'), line(A, ANCHOR, '"Nvidia"')]],
    ['two objects of one predicate', [line(A, TYPE, '<http://schema.org/Place>'), line(A, TYPE, '<http://schema.org/City>')]],
    ['a repeated line', [line(A, ANCHOR, '"Nvidia"'), line(A, ANCHOR, '"Nvidia"'), line(B, ANCHOR, '"Huang"')]],
  ])('%s', (_name, lines) => {
    const expected = [...new Set(lines)].sort().join('');
    expect(sortedText(grouped(lines))).toBe(expected);
  });
});
