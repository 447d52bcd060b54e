import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinKbFiles, builtinKbHash, KB_DATA_DIR } from '../../src/kb/builtin.js';
import { cachedFilesHash, filesHash } from '../../src/kb/files-hash.js';

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

describe('builtinKbHash (the KB part of a pipeline fingerprint)', () => {
  it('equals a fresh hash of the shipped KB files, whatever the cache holds', () => {
    expect(builtinKbHash()).toBe(filesHash(KB_DATA_DIR, builtinKbFiles()));
    expect(builtinKbFiles()).toEqual(expect.arrayContaining(['compiled/entries.1.jsonl', 'prominence.tsv']));
  });
});

describe('cachedFilesHash', () => {
  const files = ['curated/people.jsonl', 'prominence.tsv'];
  /** A small KB folder: a prominence table, and a curated file only when `people` is given. */
  const kb = (people?: string) => {
    const dir = temp('faktum-kb-');
    writeFileSync(join(dir, 'prominence.tsv'), 'per:angela-merkel\t5120\n');
    if (people) {
      mkdirSync(join(dir, 'curated'));
      writeFileSync(join(dir, 'curated', 'people.jsonl'), people);
    }
    return dir;
  };
  const merkel = '{"id":"per:angela-merkel","type":"PER","schemaType":"Person","name":"Angela Merkel"}\n';

  it.each([
    ['a file rewritten with other bytes', undefined, (dir: string) => writeFileSync(join(dir, 'prominence.tsv'), 'per:olaf-scholz\t4100\n')],
    ['a file of the same size rewritten', undefined, (dir: string) => writeFileSync(join(dir, 'prominence.tsv'), 'per:angela-merkel\t5121\n')],
    ['an absent file appearing', undefined, (dir: string) => (mkdirSync(join(dir, 'curated')), writeFileSync(join(dir, 'curated', 'people.jsonl'), merkel))],
    ['a file rewritten in a folder', merkel, (dir: string) => writeFileSync(join(dir, 'curated', 'people.jsonl'), merkel.replace('Angela ', ''))],
  ])('after %s: the fresh hash, not the cached one', (_name, people, change) => {
    const [dir, cache] = [kb(people), temp('faktum-cache-')];
    const before = cachedFilesHash(dir, files, cache);
    expect(before).toBe(filesHash(dir, files));
    expect(cachedFilesHash(dir, files, cache)).toBe(before);
    change(dir);
    const after = filesHash(dir, files);
    expect(after).not.toBe(before);
    expect(cachedFilesHash(dir, files, cache)).toBe(after);
  });

  it('answers from its cache file while the stamps stay, and hashes afresh once a file is touched', () => {
    const [dir, cache] = [kb(merkel), temp('faktum-cache-')];
    const fresh = cachedFilesHash(dir, files, cache);
    const [cacheFile] = readdirSync(cache);
    const lines = readFileSync(join(cache, cacheFile), 'utf8').split('\n');
    expect(lines.at(-1)).toBe(fresh);
    writeFileSync(join(cache, cacheFile), [...lines.slice(0, -1), 'abcdefabcdef'].join('\n'));
    expect(cachedFilesHash(dir, files, cache)).toBe('abcdefabcdef');
    utimesSync(join(dir, 'prominence.tsv'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(cachedFilesHash(dir, files, cache)).toBe(fresh);
  });

  it('gives the fresh hash where the cache cannot be written', () => {
    const dir = kb(merkel);
    const file = join(temp('faktum-cache-'), 'a-file');
    writeFileSync(file, '');
    expect(cachedFilesHash(dir, files, join(file, 'below'))).toBe(filesHash(dir, files));
  });
});
