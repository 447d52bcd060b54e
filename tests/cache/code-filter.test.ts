import { describe, expect, it } from 'vitest';
import { CodeFilter } from '../../src/cache/code-filter.js';

/** The first two code units of a word, as the gazetteer gate packs them. */
const pair = (word: string) => (word.charCodeAt(0) & 0x3fff) * 65536 + word.charCodeAt(1);

describe('CodeFilter', () => {
  const filter = new CodeFilter();
  for (const word of ['Siemens', 'Nvidia', 'Deutsche', 'Über', '„Zeit', 'Łódź']) filter.add(pair(word));

  it.each([['Siemens'], ['Sieger'], ['Nvidias'], ['Deutschen'], ['Überall'], ['„Zeitung'], ['Łódźer']])('has every added pair: %s', (word) => {
    expect(filter.has(pair(word))).toBe(true);
  });

  it('passes few numbers never added', () => {
    let passed = 0;
    for (let n = 0; n < 100_000; n++) if (filter.has(n * 7919 + 13)) passed++;
    expect(passed).toBeLessThan(100);
  });
});

describe('CodeFilter sizes', () => {
  it.each([[10], [16], [20], [24]])('2^%i bits keep every added number', (log2Bits) => {
    const filter = new CodeFilter(log2Bits);
    const added = ['Bahnchef', 'Konzern', 'Zentralbank', 'Ministerpräsident'].map(pair);
    for (const n of added) filter.add(n);
    for (const n of added) expect(filter.has(n)).toBe(true);
  });

  it.each([[9], [25], [16.5]])('refuses %d bits', (log2Bits) => {
    expect(() => new CodeFilter(log2Bits)).toThrow(RangeError);
  });
});
