import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cachedFilesHash } from './files-hash.js';
import { cachedEntries } from './parsed-cache.js';
import type { LinkTable } from './link-table.js';
import { entryPartFiles, readLinkTable } from './link-table-files.js';
import { parseKbJsonl } from './parse.js';
import { cachedSharedTables } from './shared-tables-cache.js';
import type { KbEntry } from './types.js';

/** The folder of the shipped KB data files (`data/kb/`), found from this module in `src/kb/` or `dist/kb/`. */
export const KB_DATA_DIR = fileURLToPath(new URL('../../data/kb/', import.meta.url));

/** One shipped data file: its path relative to `data/kb/` and its entries. */
export interface KbDataFile {
  file: string;
  entries: KbEntry[];
}

/**
 * Reads one shipped file. A bad line in shipped data is a bug, not user input: it throws naming `file:line`.
 */
function readDataFile(file: string): KbDataFile {
  const parsed = parseKbJsonl(readFileSync(KB_DATA_DIR + file, 'utf8'), `data/kb/${file}`);
  if (parsed.errors.length) throw new Error(parsed.errors.map((e) => `${e.file}:${e.line}: ${e.reason}`).join('\n'));
  return { file, entries: parsed.entries.map((p) => p.entry) };
}

/** The generated files (`data/kb/generated/*.jsonl`, built by `scripts/kb/build.mjs`), in name order. */
function generatedFiles(): string[] {
  try {
    return readdirSync(KB_DATA_DIR + 'generated').filter((f) => f.endsWith('.jsonl')).sort().map((f) => `generated/${f}`);
  } catch {
    return [];
  }
}

/** The curated files (`curated/order.json`): gazetteer names and the entries rules rely on. */
function curatedFiles(): string[] {
  const order = JSON.parse(readFileSync(KB_DATA_DIR + 'curated/order.json', 'utf8')) as string[];
  return order.map((name) => `curated/${name}.jsonl`);
}

/** Every shipped data file, validated: the curated ones, then the generated ones (linking only). For tests and tools. */
export function readKbDataFiles(): KbDataFile[] {
  return [...curatedFiles(), ...generatedFiles()].map(readDataFile);
}

let table: LinkTable | null | undefined;

/**
 * The compiled table of the generated entries (`data/kb/compiled/`, read on first use, rows with their prominence);
 * undefined without one (a KB being rebuilt): then the generated files are part of {@link builtinEntries}.
 */
export function builtinLinkTable(): LinkTable | undefined {
  if (table === undefined) {
    const counts = prominence();
    table = readLinkTable(KB_DATA_DIR + 'compiled/', (e) => {
      if (e.prominence === undefined && counts.has(e.id)) e.prominence = counts.get(e.id);
    }) ?? null;
  }
  return table ?? undefined;
}

/** `data/kb/prominence.tsv` (`id<TAB>count`, built by scripts/kb/prominence.mjs) as a map; empty when absent. */
export function readProminence(): Map<string, number> {
  let text = '';
  try {
    text = readFileSync(KB_DATA_DIR + 'prominence.tsv', 'utf8');
  } catch {
    return new Map();
  }
  const rows = text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  return new Map(rows.map(([id, count]) => [id, Number(count)]));
}

let counts: Map<string, number> | undefined;

/** {@link readProminence}, read once per process (the link table's rows and the curated entries both need it). */
function prominence(): Map<string, number> {
  return (counts ??= readProminence());
}

/**
 * The built-in entries read eagerly: the curated ones, with their prominence from the table unless they have their
 * own; the generated ones too when there is no compiled table. Read once.
 */
export const builtinEntries: readonly KbEntry[] = withProminence(withSharedTables([
  ...cachedEntries(KB_DATA_DIR, curatedFiles(), (f) => readDataFile(f).entries),
  ...(builtinLinkTable() ? [] : generatedFiles().flatMap((f) => readDataFile(f).entries)),
]));

/**
 * Adds the entries of the Wikidata tables under ../shared/data (read there at run time, never copied), but for
 * QIDs an entry already has (the build gave some to curated entries: Angela Merkel).
 */
function withSharedTables(entries: KbEntry[]): KbEntry[] {
  const qids = new Set(entries.map((e) => e.qid).filter(Boolean));
  const countries = new Map(entries.filter((e) => e.iso2).map((e) => [e.iso2 as string, e.id]));
  const ids = new Set(entries.map((e) => e.id));
  for (const e of cachedSharedTables(countries)) {
    if (qids.has(e.qid) || ids.has(e.id)) continue;
    qids.add(e.qid);
    ids.add(e.id);
    entries.push(e);
  }
  return entries;
}

function withProminence(entries: KbEntry[]): KbEntry[] {
  const counts = prominence();
  for (const e of entries) if (e.prominence === undefined && counts.has(e.id)) e.prominence = counts.get(e.id);
  return entries;
}

let kbHash: string | undefined;

/** The shipped KB files a run reads, relative to `data/kb/`, in the order {@link builtinKbHash} hashes them. */
export function builtinKbFiles(): string[] {
  const parts = entryPartFiles(KB_DATA_DIR + 'compiled/').map((f) => `compiled/${f}`);
  return [...curatedFiles(), 'compiled/keys.tsv', 'compiled/keys.hash', ...parts, 'prominence.tsv'];
}

/**
 * A short hash of the shipped KB files a run reads (curated files, the compiled table's keys and hashes, the
 * prominence table): part of a pipeline's fingerprint, so that a rerun after a KB update redoes its outputs. Kept
 * in a cache under the files' stamps (files-hash.ts), so that a run does not read and hash their 12 MB every time.
 */
export function builtinKbHash(): string {
  return (kbHash ??= cachedFilesHash(KB_DATA_DIR, builtinKbFiles()));
}
