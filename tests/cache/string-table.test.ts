import { describe, expect, it } from 'vitest';
import { hashWord, StringTable } from '../../src/cache/string-table.js';

describe('hashWord', () => {
  it.each([
    ['Nvidia', 'NVIDIA'],
    ['Huang', 'Huangs'],
    ['Straße', 'Strasse'],
    ['ab', 'ba'],
  ])('tells %s from %s', (a, b) => {
    expect(hashWord(a)).not.toBe(hashWord(b));
  });

  it.each([['Peking'], ['Müller'], ['H20-Chips'], ['']])('is a 32-bit integer, the same each time: %j', (word) => {
    expect(hashWord(word)).toBe(hashWord(`${word}`.slice(0)));
    expect(Number.isInteger(hashWord(word)) && hashWord(word) === (hashWord(word) | 0)).toBe(true);
  });
});

describe('StringTable', () => {
  it.each([
    ['Nvidia', 'ORG'],
    ['Jensen Huang', 'PER'],
    ['Volksrepublik', 'LOC'],
    ['', 'empty'],
  ])('gives back what was set: %j', (word, type) => {
    const table = new StringTable<string>();
    table.set(word, type);
    expect(table.get(word)).toBe(type);
    expect(table.get(`${word}s`)).toBeUndefined();
    expect(table.size).toBe(1);
  });

  it('replaces the value of a key set again, and finds a key built from other strings', () => {
    const table = new StringTable<number>();
    table.set('Trump', 1);
    table.set('Trump', 2);
    expect(table.size).toBe(1);
    expect(table.get(['Tr', 'ump'].join(''))).toBe(2);
  });

  it('keeps every entry through its growth, however many words come', () => {
    const table = new StringTable<number>();
    const words = Array.from({ length: 5_000 }, (_, i) => `Wort${i}`);
    words.forEach((word, i) => table.set(word, i));
    expect(table.size).toBe(words.length);
    words.forEach((word, i) => expect(table.get(word)).toBe(i));
    expect(table.get('Wort5000')).toBeUndefined();
  });

  it('finds words whose hashes share their low bits (they probe past each other)', () => {
    // Words whose hashes agree in the low 4 bits share a first slot of a new table (16 slots).
    const words = Array.from({ length: 400 }, (_, i) => `Chip${i}`).filter((w) => (hashWord(w) & 15) === 3).slice(0, 6);
    expect(words.length).toBe(6);
    const table = new StringTable<string>();
    for (const word of words) table.set(word, word.toUpperCase());
    for (const word of words) expect(table.get(word)).toBe(word.toUpperCase());
  });

  it('holds null as a value (only undefined means absent)', () => {
    const table = new StringTable<string | null>();
    table.set('Huang', null);
    table.set('China', 'LOC');
    expect(table.get('Huang')).toBeNull();
    expect(table.get('China')).toBe('LOC');
  });
});
