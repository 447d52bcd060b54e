import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KB_DATA_DIR } from '../../src/kb/builtin.js';
import { compileLinkTable, entryParts, lineIndexOf } from '../../src/kb/compile-link-table.js';
import { decodeLineIndex, encodeLineIndex, lineStarts } from '../../src/kb/line-index.js';
import { LinkTable } from '../../src/kb/link-table.js';
import { readEntryParts, readLinkTable } from '../../src/kb/link-table-files.js';
import { RowFile } from '../../src/kb/row-file.js';
import type { KbEntry } from '../../src/kb/types.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('lineStarts', () => {
  it.each([
    ['lines ending with a newline', 'Köln\tQ365\nBonn\tQ586\n', 0, [0, 11, 21]],
    ['a last line without a newline', 'Köln\nBonn', 0, [0, 6, 10]],
    ['after a header line', '# {"version":2}\nKöln\n', 16, [16, 22]],
    ['an empty text', '', 0, [0]],
  ])('%s', (_case, text, from, expected) => {
    expect([...lineStarts(bytes(text), from)]).toEqual(expected);
  });
});

describe('encodeLineIndex / decodeLineIndex', () => {
  const index = { entries: Uint32Array.of(5, 9, 20), keys: Uint32Array.of(0, 4), lastWords: Uint32Array.of(0) };
  it('gives back what it was given', () => {
    const back = decodeLineIndex(encodeLineIndex(index));
    expect(back && [[...back.entries], [...back.keys], [...back.lastWords]]).toEqual([[5, 9, 20], [0, 4], [0]]);
  });
  it.each([
    ['too short', new Uint8Array(8)],
    ['cut short', encodeLineIndex(index).subarray(0, 24)],
    ['another magic number', new Uint8Array(new Uint32Array([1, 0, 0, 0, 0, 0, 0]).buffer)],
  ])('refuses bytes that are not an index: %s', (_case, data) => {
    expect(decodeLineIndex(data)).toBeUndefined();
  });
});

/** A compiled table of three Berlin entries written to a folder as compile-index.mjs writes one, rows in parts of `max` bytes. */
function writeTable(max: number): { dir: string; entries: KbEntry[] } {
  const entries: KbEntry[] = ['Berlin', 'Bern', 'Bergen'].map((name, i) => ({ id: `loc:wd-q${64 + i}`, name, type: 'LOC', schemaType: 'City', linkOnly: true, source: 'test' }) as KbEntry);
  const texts = compileLinkTable(entries);
  const dir = mkdtempSync(join(tmpdir(), 'faktum-lines-')) + '/';
  entryParts(texts.entries, max).forEach((part, i) => writeFileSync(`${dir}entries.${i + 1}.jsonl`, part));
  writeFileSync(`${dir}keys.tsv`, texts.keys);
  writeFileSync(`${dir}last-words.tsv`, texts.lastWords);
  writeFileSync(`${dir}keys.hash`, texts.hashes);
  writeFileSync(`${dir}lines.idx`, encodeLineIndex(lineIndexOf(texts)));
  return { dir, entries };
}

describe('a table read with its line index', () => {
  it.each([['in one part', 1 << 20], ['a row to a part', 10]])('reads rows from their files, %s', (_case, max) => {
    const { dir } = writeTable(max);
    const table = readLinkTable(dir)!;
    expect(table.lookup('berlin', 'name').map((e) => [e.id, e.name])).toEqual([['loc:wd-q64', 'Berlin']]);
    expect(table.byId('loc:wd-q66')?.name).toBe('Bergen');
    expect(table.all().map((e) => e.name)).toEqual(['Berlin', 'Bern', 'Bergen']);
  });

  // Regression: a worker thread stopped mid-task (a document over its time) ran no code to close the parts it held open.
  it.runIf(existsSync('/proc/self/fd'))('holds no file open between reads', () => {
    const { dir } = writeTable(10);
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    const table = readLinkTable(dir)!;
    expect(table.all().map((e) => e.name)).toEqual(['Berlin', 'Bern', 'Bergen']);
    expect(open()).toBe(before);
  });

  it('refuses an index that does not fit the texts (compiled again without it), naming the script', () => {
    const { dir } = writeTable(1 << 20);
    writeFileSync(`${dir}keys.tsv`, readFileSync(`${dir}keys.tsv`, 'utf8') + 'zug\t0\t\n');
    expect(() => readLinkTable(dir)).toThrow(/lines\.idx does not fit .*compile-index\.mjs/);
  });

  it('refuses rows whose size differs from the index', () => {
    const { dir } = writeTable(1 << 20);
    const index = decodeLineIndex(readFileSync(`${dir}lines.idx`))!;
    writeFileSync(`${dir}entries.1.jsonl`, readFileSync(`${dir}entries.1.jsonl`, 'utf8') + '["x"]\n');
    expect(() => new RowFile([`${dir}entries.1.jsonl`], index.entries)).toThrow(/line index does not fit/);
  });
});

describe('the shipped line index (data/kb/compiled/lines.idx)', () => {
  it('reads the same rows from the files as from the whole text in memory', () => {
    const dir = `${KB_DATA_DIR}compiled/`;
    const fromFiles = readLinkTable(dir)!;
    const texts = { keys: readFileSync(`${dir}keys.tsv`), lastWords: readFileSync(`${dir}last-words.tsv`), hashes: readFileSync(`${dir}keys.hash`) };
    const inMemory = new LinkTable({ ...texts, entries: readEntryParts(dir) });
    for (const key of ['niclas fullkrug', 'possneck', 'fullkrug']) {
      for (const kind of ['name', 'short'] as const) expect(fromFiles.lookup(key, kind)).toEqual(inMemory.lookup(key, kind));
      expect(fromFiles.lookup(key, 'name').length + fromFiles.lookup(key, 'short').length).toBeGreaterThan(0);
    }
    expect(fromFiles.byId('per:wd-q326159')?.qid).toBe('Q326159');
    expect(fromFiles.byId('per:wd-q326159')).toEqual(inMemory.byId('per:wd-q326159'));
  });
});
