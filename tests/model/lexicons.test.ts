import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadLexicons, readListPackage } from '../../src/model/lexicons.js';

const require = createRequire(import.meta.url);

describe('readListPackage', () => {
  // The lexicons used to be the keys of each package's main JSON object; the list files must hold the same names,
  // or the tagger's features (and so its tags) would change.
  it.each([['humannames'], ['cities-list']])('%s: list.txt holds exactly the keys of the main JSON', (name) => {
    const keys = Object.keys(JSON.parse(readFileSync(require.resolve(name), 'utf8')) as object);
    const lines = readListPackage(name);
    expect(new Set(lines)).toEqual(new Set(keys));
    expect(lines.some((line) => line.includes('\r') || line === '')).toBe(false);
  });
});

describe('loadLexicons', () => {
  it.each([
    ['names', 'Jensen', true],
    ['names', 'Donald', true],
    ['cities', 'Peking', false],
    ['cities', 'Shanghai', true],
    ['cities', 'Santa Clara', true],
    ['countries', 'China', true],
    ['countries', 'Vereinigte', true],
    ['countries', 'Deutschland', true],
    ['countries', 'Germany', true],
  ] as const)('%s has %s: %s', (set, word, expected) => {
    expect(loadLexicons()[set].has(word)).toBe(expected);
  });

  it('countries: the same names as with every locale of i18n-iso-countries registered', () => {
    const all = require('i18n-iso-countries') as { getNames(lang: string, opts: { select: 'all' }): Record<string, string[]> };
    const expected = new Set<string>();
    for (const lang of ['de', 'en']) {
      for (const list of Object.values(all.getNames(lang, { select: 'all' }))) {
        for (const name of list) expected.add(name).add(name.split(/[\s,]+/)[0]);
      }
    }
    expect(loadLexicons().countries).toEqual(expected);
  });
});
