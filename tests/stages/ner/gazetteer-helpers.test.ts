import { describe, expect, it } from 'vitest';
import { inflectedAdjective, oneType } from '../../../src/stages/ner/20-gazetteer.js';
import type { KbEntry } from '../../../src/kb/types.js';

describe('oneType', () => {
  const entry = (id: string, type: KbEntry['type']) => ({ id, name: id, type }) as KbEntry;
  it.each([
    ['one entry', [entry('Q64', 'LOC')], true],
    ['Paris the city and the department', [entry('Q90', 'LOC'), entry('Q1', 'LOC')], true],
    ['Jaguar the maker and the animal brand', [entry('Q2', 'ORG'), entry('Q3', 'PRODUCT')], false],
    ['none', [], false],
  ])('%s -> %s', (_name, entries, expected) => {
    expect(oneType(entries)).toBe(expected);
    expect(oneType(entries)).toBe(new Set(entries.map((e) => e.type)).size === 1);
  });
});

describe('inflectedAdjective: a name\'s adjective in another case', () => {
  it.each([
    ['Deutschen', 'Deutsche', true], // der Deutschen Bahn
    ['Europäischen', 'Europäische', true],
    ['Weißen', 'Weißes', true], // im Weißen Haus (regression: only the weak base `-e` was known)
    ['Weiße', 'Weißes', true], // das Weiße Haus
    ['Roten', 'Roter', true], // des Roten Sterns
    ['Weißes', 'Weißes', false], // the form itself is no other case
    ['Weißbier', 'Weißes', false],
    ['Deutsch', 'Deutsche', false],
    ['Peters', 'Peter', false], // a genitive is no case ending of an adjective
  ])('%s for %s -> %s', (word, base, expected) => {
    expect(inflectedAdjective(word, base)).toBe(expected);
  });
});
