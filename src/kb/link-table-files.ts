import { readdirSync, readFileSync } from 'node:fs';
import { decodeLineIndex, type LineIndex } from './line-index.js';
import { LinkTable } from './link-table.js';
import { RowFile } from './row-file.js';
import type { KbEntry } from './types.js';

/**
 * Reads the compiled table from its folder; undefined when it is absent. With its line index (`lines.idx`) the rows
 * stay in their files and are read one at a time; without one (an older folder) they are read whole.
 */
export function readLinkTable(dir: string, decorate?: (entry: KbEntry) => void): LinkTable | undefined {
  try {
    // Bytes, not strings: only the lines a process looks up are ever decoded.
    const read = (f: string) => readFileSync(dir + f);
    const [keys, lastWords, index] = [read('keys.tsv'), read('last-words.tsv'), readLineIndex(dir)];
    if (index && (index.keys[index.keys.length - 1] !== keys.length || index.lastWords[index.lastWords.length - 1] !== lastWords.length)) {
      throw new Error(`${dir}lines.idx does not fit keys.tsv and last-words.tsv: rerun scripts/kb/compile-index.mjs`);
    }
    // The RowFile checks that the index fits the rows' parts.
    const entries = index ? new RowFile(entryPartFiles(dir).map((f) => dir + f), index.entries) : readEntryParts(dir);
    return new LinkTable({ entries, keys, lastWords, hashes: read('keys.hash') }, decorate, index);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** The folder's `lines.idx`, or undefined when it has none. */
function readLineIndex(dir: string): LineIndex | undefined {
  try {
    return decodeLineIndex(readFileSync(dir + 'lines.idx'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** The `entries.<n>.jsonl` part files of a compiled table's folder, in order (see entryParts). */
export function entryPartFiles(dir: string): string[] {
  const parts = readdirSync(dir).filter((f) => /^entries\.\d+\.jsonl$/.test(f));
  if (!parts.length) throw Object.assign(new Error(`no entries.<n>.jsonl in ${dir}`), { code: 'ENOENT' });
  return parts.sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
}

/** The compiled table's rows, its part files read as one buffer. */
export function readEntryParts(dir: string): Buffer {
  return Buffer.concat(entryPartFiles(dir).map((f) => readFileSync(dir + f)));
}
