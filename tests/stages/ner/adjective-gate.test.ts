import { describe, expect, it } from 'vitest';
import { adjectiveGate, latin1Lower } from '../../../src/stages/ner/adjective-gate.js';

const ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];
const STEMS = ['chinesisch', 'us-amerikanisch', 'münchner', 'österreichisch', 'britisch'];

describe('adjectiveGate', () => {
  const gate = adjectiveGate(STEMS, ENDINGS);

  it.each([
    ['chinesischen', true],
    ['Chinesische', true],
    ['US-amerikanischer', true],
    ['Münchner', true],
    ['österreichischem', true],
    ['Österreichisches', true],
    ['britisch', true],
    // Starts like a stem, ends like none.
    ['chinesischste', false],
    ['Chinas', false],
    // Ends like a stem with an ending, starts like none.
    ['typischen', false],
    // Starts and ends like `britisches`, but is shorter.
    ['brisches', false],
    ['der', false],
    ['und', false],
    [',', false],
  ])('%s -> %s', (word, expected) => {
    expect(gate(word)).toBe(expected);
  });

  it.each([['Łódźer'], ['Ελληνικά']])('lets words with letters beyond Latin-1 pass: %s', (word) => {
    expect(adjectiveGate(['łódźer', 'ελληνικ'], ENDINGS)(word)).toBe(true);
  });

  it('lets a word with `İ` pass, whose lower case is one code unit longer', () => {
    const stem = 'İstanbuler'.toLowerCase();
    expect(stem.length).toBe(11);
    expect(adjectiveGate([stem], ENDINGS)('İstanbuler')).toBe(true);
    expect(adjectiveGate([stem], ENDINGS)('İstanbulerin')).toBe(true);
  });

  it('never rules out an actual stem with an ending', () => {
    for (const stem of STEMS) for (const ending of ENDINGS) expect(gate(stem + ending)).toBe(true);
  });

  it.each([
    [65, 97],
    [0xc4, 0xe4],
    [0xdf, 0xdf],
    [0xd7, 0xd7],
    [0x141, -1],
  ])('latin1Lower(%i) = %i, as toLowerCase', (code, lower) => {
    expect(latin1Lower(code)).toBe(lower);
    if (lower >= 0) expect(String.fromCharCode(code).toLowerCase().charCodeAt(0)).toBe(lower);
  });
});
