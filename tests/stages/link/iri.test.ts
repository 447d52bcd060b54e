import { describe, expect, it } from 'vitest';
import { asciiSlug, slug } from '../../../src/stages/link/iri.js';
import { decimalString } from '../../../src/stages/jsonld/nif.js';

describe('slug', () => {
  it.each([
    ['Anna Klein', 'anna-klein'],
    ['Müller', 'm%C3%BCller'],
    ['Mu\u0308ller', 'm%C3%BCller'],
    ['Deutsche Bahn AG', 'deutsche-bahn-ag'],
    ['ID.3', 'id-3'],
    ['"Die Zeit"', 'die-zeit'],
    ['S&P 500', 's-p-500'],
    ['---', 'x'],
    ['', 'x'],
  ])('%s -> %s', (name, expected) => {
    expect(slug(name)).toBe(expected);
  });

  it.each([
    ['Anna Klein', 'anna-klein'],
    ['ICE 3neo', 'ice-3neo'],
    ['(dpa)', 'dpa'],
    ['Müller', undefined],
    ['Łódź', undefined],
  ])('asciiSlug(%s) = %s', (name, expected) => {
    expect(asciiSlug(name)).toBe(expected);
  });
});

describe('decimalString', () => {
  it.each([
    [4.5e9, '4500000000'],
    [-0, '0'],
    [2 ** 53 - 1, '9007199254740991'],
    [2 ** 53, '9007199254740992'],
    [1e21, '1000000000000000000000'],
    [0.125, '0.125'],
    [3.5, '3.5'],
  ])('%d -> %s', (n, expected) => {
    expect(decimalString(n)).toBe(expected);
  });
});
