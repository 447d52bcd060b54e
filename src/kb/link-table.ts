import { readFileSync } from 'node:fs';
import { SortedLines } from './sorted-lines.js';
import type { KbEntry } from './types.js';

/** Version of the compiled link table format; files of another version are refused. */
export const LINK_TABLE_VERSION = 1;

/** Entry fields in a compiled row, in order (an entry of the table is always link-only). */
export const LINK_TABLE_FIELDS = ['id', 'type', 'schemaType', 'name', 'nameEn', 'aliases', 'contextAliases', 'qid', 'country', 'party', 'partOf', 'population', 'context', 'source', 'qidSource'] as const;

/** The three texts of a compiled table (`data/kb/compiled/`), as scripts/kb/compile-index.mjs writes them. */
export interface LinkTableTexts {
  /** `entries.jsonl`: a `#` header, then one JSON array row per entry, sorted by id. */
  entries: string;
  /** `keys.tsv`: `key<TAB>rows as full names<TAB>rows as short forms`, rows comma-separated, sorted by key. */
  keys: string;
  /** `last-words.tsv`: `last word<TAB>multi-word name keys ending with it, separated by |`, sorted. */
  lastWords: string;
}

/** An entry from a row of {@link LINK_TABLE_FIELDS} (null for absent fields). */
export function rowToEntry(row: readonly unknown[]): KbEntry {
  const entry: Record<string, unknown> = {};
  LINK_TABLE_FIELDS.forEach((field, i) => {
    if (row[i] !== null && row[i] !== undefined) entry[field] = row[i];
  });
  entry.linkOnly = true;
  return entry as unknown as KbEntry;
}

/** The row of an entry, trailing nulls dropped (the inverse of {@link rowToEntry}). */
export function entryToRow(entry: KbEntry): unknown[] {
  const row = LINK_TABLE_FIELDS.map((field) => (entry as unknown as Record<string, unknown>)[field] ?? null);
  while (row.length && row[row.length - 1] === null) row.pop();
  return row;
}

/**
 * The generated, link-only part of the KB (32,000 entries) read lazily from its compiled files: a process reads
 * three texts and parses only the rows its articles look up, instead of parsing, validating and folding every
 * entry at start. Rows are made into entries once and kept.
 */
export class LinkTable {
  private readonly entries: SortedLines;
  private readonly keysText: string;
  private readonly lastWordsText: string;
  private keys: Map<string, string> | undefined;
  private lastWords: Map<string, string> | undefined;
  private readonly made = new Map<number, KbEntry>();

  /** `decorate` completes each entry once when its row is first read (the prominence table). */
  constructor(texts: LinkTableTexts, private readonly decorate: (entry: KbEntry) => void = () => {}) {
    const version = /^#.*"version":\s*(\d+)/.exec(texts.entries)?.[1];
    if (Number(version) !== LINK_TABLE_VERSION) throw new Error(`compiled link table of version ${version}; rebuild it (scripts/kb/compile-index.mjs)`);
    this.entries = new SortedLines(texts.entries, true);
    this.keysText = texts.keys;
    this.lastWordsText = texts.lastWords;
  }

  /** The entry of row `i`. */
  row(i: number): KbEntry {
    let entry = this.made.get(i);
    if (!entry) {
      entry = rowToEntry(JSON.parse(this.entries.line(i)) as unknown[]);
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
    // Rows start with `["<id>",`: compare ids by binary search over the rows' first field.
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
    const rest = (this.keys ??= byFirstField(this.keysText)).get(key);
    if (rest === undefined) return [];
    const rows = rest.split('\t')[kind === 'name' ? 0 : 1];
    return rows ? rows.split(',').map((r) => this.row(Number(r))) : [];
  }

  /** Multi-word name keys ending with this folded word (for spelling variants). */
  keysEndingWith(word: string): string[] {
    return (this.lastWords ??= byFirstField(this.lastWordsText)).get(word)?.split('|') ?? [];
  }

  /** Every entry (all rows parsed): for tools and tests, never on the hot path. */
  all(): KbEntry[] {
    return Array.from({ length: this.entries.length }, (_, i) => this.row(i));
  }
}

/**
 * A map from each line's first tab-separated field to the rest of the line. Most names of an article are in no table,
 * so look-ups must be cheap misses: one hash look-up each, after one pass over the text (about 20 ms) on first use.
 */
function byFirstField(text: string): Map<string, string> {
  const map = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', at);
    if (tab > at && tab < end) map.set(text.slice(at, tab), text.slice(tab + 1, end));
    at = end + 1;
  }
  return map;
}

/** Reads the compiled table from its folder; undefined when it is absent. */
export function readLinkTable(dir: string, decorate?: (entry: KbEntry) => void): LinkTable | undefined {
  try {
    const read = (f: string) => readFileSync(dir + f, 'utf8');
    return new LinkTable({ entries: read('entries.jsonl'), keys: read('keys.tsv'), lastWords: read('last-words.tsv') }, decorate);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
