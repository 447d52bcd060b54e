import type { LineIndex } from './line-index.js';
import { KeyHashes, SortedLines } from './sorted-lines.js';
import { LINK_TABLE_VERSION, rowToEntry, type LinkTableHeader, type LinkTableTexts } from './link-table-rows.js';
import type { KbEntry } from './types.js';

/** Rows by number: a text in memory ({@link SortedLines}) or the part files read row by row ({@link RowFile}). */
export interface Rows {
  readonly length: number;
  line(i: number): string;
  header(): string;
}

/**
 * The generated, link-only part of the KB (about 147,000 entries) read lazily from its compiled files: a process reads
 * the key texts and only the rows its articles look up, instead of parsing, validating and folding every entry at
 * start. Rows are made into entries once and kept.
 */
export class LinkTable {
  private readonly entries: Rows;
  private readonly keys: SortedLines;
  private readonly lastWords: SortedLines;
  private readonly lastWordsText: string | Buffer;
  private readonly hashes: KeyHashes;
  private readonly made = new Map<number, KbEntry>();
  /** Row numbers of the entries made so far, by id. */
  private readonly madeIds = new Map<string, number>();
  private readonly sources: LinkTableHeader['sources'];

  /**
   * `texts.entries`: the rows' text, or their {@link Rows} read from files; `index`: the line bounds of the texts when
   * known (`lines.idx`). `decorate` completes each entry once when its row is first read (the prominence table).
   */
  constructor(texts: Omit<LinkTableTexts<string | Buffer>, 'entries'> & { entries: string | Buffer | Rows }, private readonly decorate: (entry: KbEntry) => void = () => {}, index?: LineIndex) {
    this.entries = typeof texts.entries === 'string' || Buffer.isBuffer(texts.entries) ? new SortedLines(texts.entries, true, index?.entries) : texts.entries;
    const header = JSON.parse(this.entries.header() || '{}') as LinkTableHeader;
    if (header.version !== LINK_TABLE_VERSION) throw new Error(`compiled link table of version ${header.version}; rebuild it (scripts/kb/compile-index.mjs)`);
    this.sources = header.sources;
    this.keys = new SortedLines(texts.keys, false, index?.keys);
    this.lastWords = new SortedLines(texts.lastWords, false, index?.lastWords);
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
      this.madeIds.set(entry.id, i);
    }
    return entry;
  }

  /** The entry with this id, if the table has one. */
  byId(id: string): KbEntry | undefined {
    const i = this.madeIds.get(id) ?? this.findId(id);
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
