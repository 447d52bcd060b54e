import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedJson, writeCacheFile } from '../../src/cache/cache-file.js';

describe('cache files', () => {
  it('writes a file whole into a folder it makes, leaving no temporary file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faktum-cache-')), 'sub', 'value.txt');
    writeCacheFile(file, 'Bundesregierung');
    expect(readFileSync(file, 'utf8')).toBe('Bundesregierung');
    expect(readdirSync(join(file, '..'))).toEqual(['value.txt']);
  });

  it.each([
    ['no file yet: computed and written', undefined, ['Bonn', 'Ulm'], 1],
    ['a valid file: read, not computed', '["Köln"]', ['Köln'], 0],
    ['a torn file: computed again', '["Kö', ['Bonn', 'Ulm'], 1],
    ['a file the check refuses: computed again', '{"a":1}', ['Bonn', 'Ulm'], 1],
  ])('cachedJson, %s', (_case, content, expected, computations) => {
    const file = join(mkdtempSync(join(tmpdir(), 'faktum-cache-')), 'v.json');
    if (content !== undefined) writeFileSync(file, content);
    let computed = 0;
    const value = cachedJson(file, Array.isArray, () => (computed++, ['Bonn', 'Ulm']));
    expect(value).toEqual(expected);
    expect(computed).toBe(computations);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(expected);
  });

  it('a folder it cannot write to costs only the computation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktum-cache-'));
    chmodSync(dir, 0o500);
    const file = join(dir, 'v.json');
    expect(cachedJson(file, Array.isArray, () => ['Bonn'])).toEqual(['Bonn']);
    if (process.getuid?.() !== 0) expect(existsSync(file)).toBe(false);
    chmodSync(dir, 0o700);
  });
});
