import { readdirSync, readFileSync } from 'node:fs';
import { KeyHashes, SortedLines } from './sorted-lines.js';
import { LINK_TABLE_VERSION, rowToEntry, type LinkTableHeader, type LinkTableTexts } from './link-table-rows.js';
import type { KbEntry } from './types.js';

/**
 * The generated, link-only part of the KB (about 147,000 entries) read lazily from its compiled files: a process reads
 * three texts and parses only the rows its articles look up, instead of parsing, validating and folding every
 * entry at start. Rows are made into entries once and kept.
 */
export class LinkTable {
  private readonly entries: SortedLines;
  private readonly keys: SortedLines;
  private readonly lastWords: SortedLines;
  private readonly lastWordsText: string | Buffer;
  private readonly hashes: KeyHashes;
  private readonly made = new Map<number, KbEntry>();
  private readonly sources: LinkTableHeader['sources'];

  /** `decorate` completes each entry once when its row is first read (the prominence table). */
  constructor(texts: LinkTableTexts<string | Buffer>, private readonly decorate: (entry: KbEntry) => void = () => {}) {
    this.entries = new SortedLines(texts.entries, true);
    const header = JSON.parse(this.entries.header() || '{}') as LinkTableHeader;
    if (header.version !== LINK_TABLE_VERSION) throw new Error(`compiled link table of version ${header.version}; rebuild it (scripts/kb/compile-index.mjs)`);
    this.sources = header.sources;
    this.keys = new SortedLines(texts.keys);
    this.lastWords = new SortedLines(texts.lastWords);
    this.lastWordsText = texts.lastWords;
    this.hashes = new KeyHashes(texts.hashes);
  }

  /** The entry of row `i`. */
  row(i: number): KbEntry {
    let entry = this.made.get(i);
    if (!entry) {
      entry = rowToEntry(JSON.parse(this.entries.line(i)) as unknown[], this.sources);
      this.decorate(entry);
      this.made.set(i, entry);
    }
    return entry;
  }

  /** The entry with this id, if the table has one. */
  byId(id: string): KbEntry | undefined {
    const i = this.findId(id);
    return i < 0 ? undefined : this.row(i);
  }

  private findId(id: string): number {
    // Rows start with `["<id>",` (ids are ASCII): compare ids by binary search over the rows' first field.
    let lo = 0;
    let hi = this.entries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const line = this.entries.line(mid);
      const k = line.slice(2, line.indexOf('"', 2));
      if (k === id) return mid;
      if (k < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Entries under a folded key, as a full name (`name`) or as a short form (`short`). */
  lookup(key: string, kind: 'name' | 'short'): KbEntry[] {
    const i = this.hashes.mayHave(key) ? this.keys.find(key) : -1;
    if (i < 0) return [];
    const rows = this.keys.line(i).split('\t')[kind === 'name' ? 1 : 2];
    return rows ? rows.split(',').map((r) => this.row(Number(r))) : [];
  }

  /** Multi-word name keys ending with this folded word (for spelling variants). */
  keysEndingWith(word: string): string[] {
    const i = this.hashes.mayHave(word) ? this.lastWords.find(word) : -1;
    return i < 0 ? [] : this.lastWords.line(i).split('\t')[1].split('|');
  }

  /**
   * How many multi-word name keys start with this folded word (`thomas` 399, `serena` 3), counted up to `limit`:
   * occurrences of the word and a space at the start of a key in `last-words.tsv` (after its tab or a `|`), so a
   * common word stops early and a rare one costs one pass over the text (no table of all first words at start).
   */
  keysStartingWith(word: string, limit: number): number {
    let n = 0;
    for (const needle of [`\t${word} `, `|${word} `]) {
      for (let at = this.lastWordsText.indexOf(needle); at >= 0 && n < limit; at = this.lastWordsText.indexOf(needle, at + needle.length)) n++;
    }
    return Math.min(n, limit);
  }

  /** Every entry (all rows parsed): for tools and tests, never on the hot path. */
  all(): KbEntry[] {
    return Array.from({ length: this.entries.length }, (_, i) => this.row(i));
  }
}

/** Reads the compiled table from its folder; undefined when it is absent. */
export function readLinkTable(dir: string, decorate?: (entry: KbEntry) => void): LinkTable | undefined {
  try {
    // Bytes, not strings: only the lines a process looks up are ever decoded.
    const read = (f: string) => readFileSync(dir + f);
    return new LinkTable({ entries: readEntryParts(dir), keys: read('keys.tsv'), lastWords: read('last-words.tsv'), hashes: read('keys.hash') }, decorate);
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
