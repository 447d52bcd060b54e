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
