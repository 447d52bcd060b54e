import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClusterMap } from '../../src/model/clusters.js';
import { collectFeatureKeys, FeatureKeys } from '../../src/model/feature-keys.js';
import { BOUNDARY_END, BOUNDARY_START, wordFeatureStrings } from '../../src/model/features.js';
import type { FeatureResources } from '../../src/model/features.js';
import { FNV_OFFSET, fnv1a, fnvFeed, fnvFeedCode, fnvFeedInt } from '../../src/model/hash.js';
import { loadLexicons } from '../../src/model/lexicons.js';
import { readModelFile } from '../../src/model/model-file.js';
import { countWordStats } from '../../src/model/word-stats.js';

const MODEL = 'models/de-ner-v1/model.bin';

// umlauts, ß, İ (lower-cases to two code units), hyphen compounds, genitives, KB names, digits, emoji (astral
// code points: prefixes and suffixes count code points), lone surrogates, boundary words
const WORDS = [
  'Haus', 'Häuser', 'Straße', 'STRASSE', 'ß', 'Öl', 'Ärzte', 'über', 'İstanbul', 'İİİİs',
  'Nvidia', 'Nvidias', 'Nvidia-Chef', 'US-Regierung', 'chinesischen', 'Chinesen', 'französischen', 'Deutsche', 'Bank',
  'Merkels', 'Trumps', 'Chinas', 'Baden-Württemberg', 'Baden-Württemberg-', '-Chef', 'Nord--Süd', 'E-Mail', '3D-Drucker',
  '2025', '12.04.2016', '1,5', '-', '--', 'a', 'ab', 'abc', 'iPhone', 'ǅ', 'Ⅻ', '½', '٣',
  '😀', 'a😀', 'Köln😀', '😀😀😀😀😀😀', '🇩🇪', '\uD83D', 'a\uD83D', '\uDE00b', '', BOUNDARY_START, BOUNDARY_END, '„', '.',
];

function expectSameKeys(word: string, res: FeatureResources): void {
  const expected = wordFeatureStrings(word, loadLexicons(), res).map((g) => g.map(fnv1a));
  const keys = new FeatureKeys();
  collectFeatureKeys(word, loadLexicons(), res, keys);
  expect(keys.toArrays().map((g) => Array.from(g))).toEqual(expected);
}

describe('collectFeatureKeys', () => {
  const fixtureRes = { clusters: ClusterMap.empty(), stats: countWordStats([['Die', 'Haus', 'Nvidia', 'Nvidia', 'haus', 'Merkels']], 1) };
  it.each(WORDS)('hashes the feature strings of %j, without clusters', (word) => expectSameKeys(word, fixtureRes));

  describe.runIf(existsSync(MODEL))('with the committed model clusters and word statistics', () => {
    const model = readModelFile(MODEL);
    it.each(WORDS)('hashes the feature strings of %j', (word) => expectSameKeys(word, model));
  });

  it('reuses its buffers and grows them for words with many keys', () => {
    const keys = new FeatureKeys();
    const lex = loadLexicons();
    const many = { ...lex, kb: { flags: () => Array.from({ length: 40 }, (_, i) => `f${i}`), partType: () => '' } };
    collectFeatureKeys('Nvidia', many, fixtureRes, keys);
    expect(keys.toArrays().map((g) => Array.from(g))).toEqual(wordFeatureStrings('Nvidia', many, fixtureRes).map((g) => g.map(fnv1a)));
    collectFeatureKeys('Haus', lex, fixtureRes, keys);
    expect(keys.toArrays().map((g) => Array.from(g))).toEqual(wordFeatureStrings('Haus', lex, fixtureRes).map((g) => g.map(fnv1a)));
  });
});

describe('streaming FNV-1a', () => {
  it.each([
    ['s3=', 'ung'],
    ['L1|l=', 'münchen'],
    ['w=', 'Köln😀'],
    ['', ''],
  ])('continues %j over %j like the hash of the joined string', (prefix, value) => {
    expect(fnvFeed(fnvFeed(FNV_OFFSET, prefix), value) >>> 0).toBe(fnv1a(prefix + value));
    expect(fnvFeed(fnvFeed(FNV_OFFSET, prefix), `x${value}x`, 1, value.length + 1) >>> 0).toBe(fnv1a(prefix + value));
  });
  it.each([-1, 0, 4, 9, 10, 12, 99, 100, 255, 4095, 65535])('hashes the integer %i as its decimal string', (n) => {
    expect(fnvFeedInt(fnvFeed(FNV_OFFSET, 'c='), n) >>> 0).toBe(fnv1a(`c=${n}`));
  });
  it('hashes one code unit', () => expect(fnvFeedCode(fnvFeed(FNV_OFFSET, 'gc=N'), 67) >>> 0).toBe(fnv1a('gc=NC')));
});
