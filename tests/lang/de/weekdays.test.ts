import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../../../src/lang/de/weekdays.js';

describe('weekdayOf', () => {
  it.each([
    ['Montag', 1],
    ['Dienstagabend', 2],
    ['Freitag', 5],
    ['Sonnabend', 6],
    ['Sonntagmorgen', 7],
    ['Mittwochs', undefined],
    ['Dienst', undefined],
    ['montag', undefined],
    ['Ärger', undefined],
    ['', undefined],
  ])('%s -> %s', (word, expected) => {
    expect(weekdayOf(word)).toBe(expected);
  });
});
