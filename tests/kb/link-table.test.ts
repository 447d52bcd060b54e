import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KB_DATA_DIR, readKbDataFiles } from '../../src/kb/builtin.js';
import { compileLinkTable, entryParts, lineIndexOf } from '../../src/kb/compile-link-table.js';
import { encodeLineIndex } from '../../src/kb/line-index.js';
import { LinkTable } from '../../src/kb/link-table.js';
import { entryPartFiles } from '../../src/kb/link-table-files.js';
import { byUtf8, KeyHashes, SortedLines } from '../../src/kb/sorted-lines.js';
import type { KbEntry } from '../../src/kb/types.js';

describe('KeyHashes', () => {
  const hashes = new KeyHashes(KeyHashes.bytesOf(['angela merkel', 'berlin', 'müller']));
  it.each([['angela merkel', true], ['berlin', true], ['müller', true], ['muller', false], ['hamburg', false]] as const)('%s -> %s', (key, expected) => {
    expect(hashes.mayHave(key)).toBe(expected);
  });
});

describe('SortedLines', () => {
  const lines = new SortedLines('# header\napfel\t1\nbirne\t2\nkirsche\t3\n', true);
  it.each([['apfel', 0], ['birne', 1], ['kirsche', 2], ['banane', -1], ['', -1], ['zitrone', -1]])('finds %s at %i', (key, at) => {
    expect(lines.find(key)).toBe(at);
  });
  it('gives lines without their newline, after the header', () => {
    expect([lines.length, lines.line(0), lines.line(2)]).toEqual([3, 'apfel\t1', 'kirsche\t3']);
  });
  it.each(['a', 'ab', 'abc', 'b', 'bä', 'bäume', 'bz', 'ä', 'äpfel'])('finds every key of a sorted text with short, shared and non-ASCII keys: %s', (key) => {
    const keys = ['a', 'ab', 'abc', 'b', 'bä', 'bäume', 'bz', 'ä', 'äpfel'].sort(byUtf8);
    const text = new SortedLines(keys.map((k, i) => `${k}\t${i}`).join('\n') + '\n');
    expect(text.line(text.find(key))).toBe(`${key}\t${keys.indexOf(key)}`);
    expect(text.find(`${key}x`)).toBe(keys.includes(`${key}x`) ? keys.indexOf(`${key}x`) : -1);
  });
});

describe('the compiled link table (data/kb/compiled/)', () => {
  const generated = readKbDataFiles().filter((f) => f.file.startsWith('generated/')).flatMap((f) => f.entries);
  const compiled = compileLinkTable(generated);

  it.each([['keys.tsv', 'keys'], ['last-words.tsv', 'lastWords'], ['keys.hash', 'hashes']] as const)(
    'is current: %s equals a compilation of data/kb/generated/ (rerun scripts/kb/compile-index.mjs if not)',
    (file, key) => {
      expect(Buffer.compare(readFileSync(`${KB_DATA_DIR}compiled/${file}`), Buffer.from(compiled[key]))).toBe(0);
    },
  );

  it('is current: lines.idx is the line index of the compilation (src/kb/line-index.ts)', () => {
    expect(Buffer.compare(readFileSync(`${KB_DATA_DIR}compiled/lines.idx`), Buffer.from(encodeLineIndex(lineIndexOf(compiled))))).toBe(0);
  });

  it('is current: the entries.<n>.jsonl parts are the compilation cut at line ends, each under 8 MiB', () => {
    const files = entryPartFiles(`${KB_DATA_DIR}compiled/`);
    const parts = entryParts(compiled.entries);
    expect(files).toEqual(parts.map((_, i) => `entries.${i + 1}.jsonl`));
    files.forEach((f, i) => expect(readFileSync(`${KB_DATA_DIR}compiled/${f}`, 'utf8')).toBe(parts[i]));
    for (const f of files) expect(statSync(`${KB_DATA_DIR}compiled/${f}`).size).toBeLessThan(8 * 1024 * 1024);
  });

  it.each([
    ['one short part', 'a\nb\n', 10, ['a\nb\n']],
    ['cut at a line end', 'aaa\nbbb\nccc\n', 8, ['aaa\nbbb\n', 'ccc\n']],
    ['a line longer than a part is a part of its own', 'aaaaaaaaaa\nb\n', 4, ['aaaaaaaaaa\n', 'b\n']],
  ])('entryParts: %s', (_case, text, max, expected) => {
    expect(entryParts(text, max)).toEqual(expected);
    expect(entryParts(text, max).join('')).toBe(text);
  });

  it('gives back every entry by id, with the fields of its line', () => {
    const table = new LinkTable(compiled);
    const strip = ({ linkOnly: _l, ...rest }: KbEntry) => rest;
    const canonical = (x: object, keys: string[]) => JSON.stringify(x, keys);
    const differ = generated.filter((e) => {
      const back = strip(table.byId(e.id)!);
      const keys = [...new Set([...Object.keys(back), ...Object.keys(e)])].sort();
      return canonical(back, keys) !== canonical(strip(e), keys);
    });
    expect(differ.map((e) => e.id)).toEqual([]);
  });

  it('finds entries by folded name: a footballer by full name and surname, a municipality without its umlaut', () => {
    const table = new LinkTable(compiled);
    expect(table.lookup('niclas fullkrug', 'name').map((e) => e.qid)).toContain('Q326159');
    expect(table.lookup('fullkrug', 'short').map((e) => e.qid)).toContain('Q326159');
    expect(table.lookup('possneck', 'name').map((e) => e.qid)).toContain('Q505185');
  });

  it('holds nothing read from ../shared/data (those tables are read there at run time)', () => {
    expect(generated.filter((e) => ['bundestag-mdb', 'partyfacts', 'us-congress'].includes(e.source ?? '')).map((e) => e.id)).toEqual([]);
  });
});
