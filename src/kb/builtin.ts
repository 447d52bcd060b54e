import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseKbJsonl } from './parse.js';
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

/**
 * Every shipped data file: the curated ones in the order of `curated/order.json` (gazetteer names and the
 * entries rules rely on), then the generated ones (linking only).
 */
export function readKbDataFiles(): KbDataFile[] {
  const order = JSON.parse(readFileSync(KB_DATA_DIR + 'curated/order.json', 'utf8')) as string[];
  return [...order.map((name) => `curated/${name}.jsonl`), ...generatedFiles()].map(readDataFile);
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

/** Every built-in entry, curated first, with its prominence from the table unless it has its own. Read once. */
export const builtinEntries: readonly KbEntry[] = withProminence(readKbDataFiles().flatMap((f) => f.entries));

function withProminence(entries: KbEntry[]): KbEntry[] {
  const counts = readProminence();
  for (const e of entries) if (e.prominence === undefined && counts.has(e.id)) e.prominence = counts.get(e.id);
  return entries;
}
