import { describe, expect, it } from 'vitest';
import { mayStartDate } from '../../../src/stages/ner/10-values.js';

describe('mayStartDate', () => {
  it.each([
    ['3.', true],
    ['2025', true],
    ['2025-07', true],
    ['Januar', true],
    ['Jänner', true],
    ['Feb.', true],
    ['März', true],
    ['April', true],
    ['September', true],
    ['Oktober', true],
    ['November', true],
    ['Dezember', true],
    ['Dienstag', true],
    ['Sonnabend', true],
    ['Umsatz', false],
    ['der', false],
    ['Euro', false],
    [',', false],
    ['', false],
  ])('%s -> %s', (word, expected) => {
    expect(mayStartDate(word)).toBe(expected);
  });
});
