import { readdirSync, readFileSync } from 'node:fs';
import { KeyHashes, SortedLines } from './sorted-lines.js';
import type { KbEntry } from './types.js';

/** Version of the compiled link table format; files of another version are refused. */
export const LINK_TABLE_VERSION = 2;

/**
 * Entry fields in a compiled row, in order (an entry of the table is always link-only). `source` is an index into
 * the header's sources; a null field takes its source's default (`type`, `schemaType`, `context`, `qidSource`), and
 * a null `qid` is the one in the id (`per:wd-q567` -> `Q567`): 47,000 footballers share one context list.
 */
export const LINK_TABLE_FIELDS = ['id', 'name', 'source', 'type', 'schemaType', 'nameEn', 'aliases', 'contextAliases', 'qid', 'country', 'party', 'partOf', 'population', 'context', 'qidSource'] as const;

/** Fields a source gives all (or most) of its entries, kept once in the header. */
export const SOURCE_DEFAULT_FIELDS = ['type', 'schemaType', 'context', 'qidSource'] as const;

/** The header line of the compiled rows (`entries.1.jsonl`, the first part). */
export interface LinkTableHeader {
  version: number;
  fields: string[];
  entries: number;
  /** Each source's id and its default field values. */
  sources: Array<{ source: string } & Record<string, unknown>>;
}

/** The three texts of a compiled table (`data/kb/compiled/`), as scripts/kb/compile-index.mjs writes them. */
export interface LinkTableTexts<T = string> {
  /** The rows (`entries.<n>.jsonl` read as one): a `#` header, then one JSON array row per entry, sorted by id. */
  entries: T;
  /** `keys.tsv`: `key<TAB>rows as full names<TAB>rows as short forms`, rows comma-separated, sorted by key (bytes). */
  keys: T;
  /** `last-words.tsv`: `last word<TAB>multi-word name keys ending with it, separated by |`, sorted (bytes). */
  lastWords: T;
  /** `keys.hash`: the sorted hashes of the keys of both texts above ({@link KeyHashes}). */
  hashes: Uint8Array;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** The QID an id of the form `per:wd-q567` carries. */
const qidOfId = (id: string) => /:wd-q(\d+)$/.exec(id)?.[1];

/** An entry from a row of {@link LINK_TABLE_FIELDS}, its source's defaults filled in. */
export function rowToEntry(row: readonly unknown[], sources: LinkTableHeader['sources']): KbEntry {
  const entry: Record<string, unknown> = {};
  const defaults = sources[row[2] as number];
  LINK_TABLE_FIELDS.forEach((field, i) => {
    // false: the entry lacks a field its source gives most entries.
    const value = i === 2 ? defaults.source : row[i] === false ? undefined : row[i] ?? defaults[field];
    if (value !== null && value !== undefined) entry[field] = value;
  });
  if (entry.qid === undefined && qidOfId(entry.id as string)) entry.qid = `Q${qidOfId(entry.id as string)}`;
  entry.linkOnly = true;
  return entry as unknown as KbEntry;
}

/** The row of an entry, fields equal to its source's defaults and trailing nulls dropped (see {@link rowToEntry}). */
export function entryToRow(entry: KbEntry, sources: LinkTableHeader['sources']): unknown[] {
  const e = entry as unknown as Record<string, unknown>;
  const index = sources.findIndex((s) => s.source === entry.source);
  const row = LINK_TABLE_FIELDS.map((field, i) => {
    if (i === 2) return index;
    const value = e[field] ?? null;
    if (field === 'qid' && value === `Q${qidOfId(entry.id)}`) return null;
    if (value === null) return sources[index][field] === undefined ? null : false;
    return same(value, sources[index][field]) ? null : value;
  });
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
  private readonly keys: SortedLines;
  private readonly lastWords: SortedLines;
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
