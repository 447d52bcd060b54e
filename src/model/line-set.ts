import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeCacheFile } from '../cache/cache-file.js';
import { join } from 'node:path';

/** What the lexicons need of a set of words: membership. */
export interface WordSet {
  has(word: string): boolean;
}

/** FNV-1a over UTF-16 code units, on 32 bits. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

/** The open-addressing table of a text's non-empty lines: for each slot a line's start offset, or -1. */
function buildTable(text: string): Int32Array {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  let capacity = 16;
  while (capacity < lines * 2) capacity *= 2;
  const mask = capacity - 1;
  const table = new Int32Array(capacity).fill(-1);
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const next = end + 1;
    // `\r\n` ends a line; a `\r` at the very end of the text without a newline stays part of it
    if (end < text.length && end > start && text.charCodeAt(end - 1) === 13) end--;
    if (end > start) {
      let slot = hashRange(text, start, end) & mask;
      while (table[slot] >= 0) slot = (slot + 1) & mask;
      table[slot] = start;
    }
    start = next;
  }
  return table;
}

/**
 * The non-empty lines of a text (ends `\n` or `\r\n`) as a read-only set, indexed where they lie: an open-addressing
 * table of line offsets, with no string made per line. A `Set` of the same lines (197,000 person names, 140,000
 * noun forms) took three to five times as long to build at every start of a process or thread, and its strings then
 * cost garbage collection. `has` answers exactly as that Set's would (tests/model/line-set.test.ts).
 */
export class LineSet implements WordSet {
  private readonly mask: number;

  /**
   * `table`: from {@link buildTable} over this text (by default built now); `digest`: a hash of the text, when the
   * maker has one (for caches of what depends on the set's contents).
   */
  constructor(private readonly text: string, readonly table: Int32Array = buildTable(text), readonly digest?: string) {
    this.mask = table.length - 1;
  }

  /** True when `word` is one of the lines. */
  has(word: string): boolean {
    if (word === '' || word.includes('\n')) return false;
    const { text, table } = this;
    const n = word.length;
    const endsInReturn = word.charCodeAt(n - 1) === 13;
    for (let slot = hashRange(word, 0, n) & this.mask; table[slot] >= 0; slot = (slot + 1) & this.mask) {
      const at = table[slot];
      if (!text.startsWith(word, at)) continue;
      // the line ends right after the word: the end of the text, a newline (which a `\r` before it would have
      // ended instead), or `\r\n`
      const c = text.charCodeAt(at + n);
      if (at + n === text.length || (c === 10 && !endsInReturn) || (c === 13 && text.charCodeAt(at + n + 1) === 10)) return true;
    }
    return false;
  }
}

/** Bump when the table's layout or hash changes: old cache files are then never read. */
const FORMAT = 2;

/**
 * A {@link LineSet} over `text`, its table kept in `cacheDir` from one process to the next: reading 1 to 2 MB of
 * offsets instead of hashing every character in JavaScript. The cache file is named after a sha256 of the text
 * itself (native, a few milliseconds), so a changed text (a package update) never meets an old table; a table that
 * does not fit the text is not used. Failures to read or write the cache only cost building the table (read-only
 * installs).
 */
export function cachedLineSet(text: string, cacheDir: string): LineSet {
  const digest = createHash('sha256').update(`${FORMAT}\n`).update(text).digest('hex');
  const name = digest.slice(0, 24);
  const file = join(cacheDir, `lines-${name}.bin`);
  try {
    const bytes = readFileSync(file);
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.prototype.slice.call(bytes);
    const table = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >> 2);
    if (fits(table, text)) return new LineSet(text, table, digest);
  } catch {
    // no cache yet
  }
  const set = new LineSet(text, undefined, digest);
  writeCacheFile(file, new Uint8Array(set.table.buffer, set.table.byteOffset, set.table.byteLength));
  return set;
}

/**
 * A sane table for `text`: a power-of-two size, and the offsets of a sample of slots starting lines of it. The file
 * is named after the text, so only a damaged file can fail this; checking every slot cost more than the rest.
 */
function fits(table: Int32Array, text: string): boolean {
  if (table.length < 16 || (table.length & (table.length - 1)) !== 0) return false;
  const step = Math.max(1, table.length >> 10);
  for (let slot = 0; slot < table.length; slot += step) {
    const at = table[slot];
    if (at < -1 || at >= text.length || (at > 0 && text.charCodeAt(at - 1) !== 10)) return false;
  }
  return true;
}
