import { describe, expect, it } from 'vitest';
import { rawTokens } from '../../../src/stages/tokenize/10-raw-tokens.js';
import { mergePeriods } from '../../../src/stages/tokenize/20-merge-periods.js';
import { mergeGenitiveApostrophes } from '../../../src/stages/tokenize/30-genitive-apostrophe.js';

const words = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

describe('mergePeriods and mergeGenitiveApostrophes', () => {
  it.each([
    ['Dr. Anna Klein kam.', ['Dr.', 'Anna', 'Klein', 'kam', '.'], false],
    ['Am 3. März kam er.', ['Am', '3.', 'März', 'kam', 'er', '.'], false],
    ["Siemens' Umsatz stieg.", ["Siemens'", 'Umsatz', 'stieg', '.'], true],
    ['Grass’ Roman', ['Grass’', 'Roman'], true],
    ['Die Bahn fährt.', ['Die', 'Bahn', 'fährt', '.'], false],
    ["Die 'Zeit' schreibt", ['Die', "'", 'Zeit', "'", 'schreibt'], false],
  ])('%s', (text, expected, genitive) => {
    const raw = rawTokens(text, { start: 0, end: text.length });
    const periods = mergePeriods(text, raw);
    const merged = mergeGenitiveApostrophes(text, periods);
    expect(words(text, merged)).toEqual(expected);
    // Blocks without a merge keep their array: nothing is copied.
    expect(merged === periods).toBe(!genitive);
  });

  it('returns the same array when no period joins', () => {
    const text = 'Die Bahn fährt nach Berlin.';
    const raw = rawTokens(text, { start: 0, end: text.length });
    expect(mergePeriods(text, raw)).toBe(raw);
  });
});
