import { entryKeys } from '../stages/link/entry-keys.js';
import { lastWord } from '../stages/link/fold.js';
import { entryToRow, LINK_TABLE_FIELDS, LINK_TABLE_VERSION, SOURCE_DEFAULT_FIELDS, type LinkTableHeader, type LinkTableTexts } from './link-table-rows.js';
import { lineStarts, type LineIndex } from './line-index.js';
import { byUtf8, KeyHashes } from './sorted-lines.js';
import type { KbEntry } from './types.js';

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each source (in order of first appearance) with the most common value of each default field among its entries. */
function sourceDefaults(entries: readonly KbEntry[]): LinkTableHeader['sources'] {
  const bySource = new Map<string, KbEntry[]>();
  for (const e of entries) bySource.set(e.source ?? '', [...(bySource.get(e.source ?? '') ?? []), e]);
  return [...bySource].sort((a, b) => byKey(a[0], b[0])).map(([source, list]) => {
    const defaults: LinkTableHeader['sources'][number] = { source };
    for (const field of SOURCE_DEFAULT_FIELDS) {
      const counts = new Map<string, number>();
      for (const e of list) {
        const v = JSON.stringify((e as unknown as Record<string, unknown>)[field] ?? null);
        counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      const [top] = [...counts].sort((a, b) => b[1] - a[1] || byKey(a[0], b[0]));
      if (top[0] !== 'null') defaults[field] = JSON.parse(top[0]);
    }
    return defaults;
  });
}

/**
 * Compiles generated entries into the texts of a {@link LinkTable}: rows sorted by id, candidate keys folded as the
 * linker folds them and sorted, and the last-word table for spelling variants. Deterministic for the same entries.
 */
export function compileLinkTable(entries: readonly KbEntry[]): LinkTableTexts {
  const sorted = [...entries].sort((a, b) => byKey(a.id, b.id));
  const keys = new Map<string, [number[], number[]]>();
  const ending = new Map<string, Set<string>>();
  sorted.forEach((entry, row) => {
    const k = entryKeys(entry);
    for (const key of k.names) {
      (keys.get(key) ?? keys.set(key, [[], []]).get(key)!)[0].push(row);
      if (key.includes(' ')) (ending.get(lastWord(key)) ?? ending.set(lastWord(key), new Set()).get(lastWord(key))!).add(key);
    }
    for (const key of k.short) (keys.get(key) ?? keys.set(key, [[], []]).get(key)!)[1].push(row);
  });
  const sources = sourceDefaults(sorted);
  const header: LinkTableHeader = { version: LINK_TABLE_VERSION, fields: [...LINK_TABLE_FIELDS], entries: sorted.length, sources };
  const lines = (rows: string[]) => rows.join('\n') + '\n';
  return {
    entries: lines([`# ${JSON.stringify(header)}`, ...sorted.map((e) => JSON.stringify(entryToRow(e, sources)))]),
    keys: lines([...keys].sort((a, b) => byUtf8(a[0], b[0])).map(([key, [n, s]]) => `${key}\t${n.join(',')}\t${s.join(',')}`)),
    hashes: KeyHashes.bytesOf([...keys.keys(), ...ending.keys()]),
    lastWords: lines([...ending].sort((a, b) => byUtf8(a[0], b[0])).map(([word, set]) => `${word}\t${[...set].sort(byUtf8).join('|')}`)),
  };
}

/** Bytes an `entries` part file of the compiled table holds at most (committed files stay well under 8 MiB). */
export const ENTRY_PART_BYTES = 6 * 1024 * 1024;

/**
 * The compiled `entries` text cut at line ends into parts of at most `max` bytes: `entries.1.jsonl`,
 * `entries.2.jsonl`, ...; read back as one text, in that order (readLinkTable), so row offsets are unchanged.
 */
export function entryParts(text: string, max = ENTRY_PART_BYTES): string[] {
  const parts: string[] = [];
  let part = '';
  let bytes = 0;
  for (const line of text.split(/(?<=\n)/)) {
    const size = Buffer.byteLength(line);
    if (bytes + size > max && part) parts.push(part), (part = ''), (bytes = 0);
    part += line;
    bytes += size;
  }
  if (part) parts.push(part);
  return parts;
}

/** The line index of a compilation (`lines.idx`, see line-index.ts): the rows' starts after their header line. */
export function lineIndexOf(texts: LinkTableTexts): LineIndex {
  const entries = Buffer.from(texts.entries, 'utf8');
  return { entries: lineStarts(entries, entries.indexOf(10) + 1), keys: lineStarts(Buffer.from(texts.keys, 'utf8')), lastWords: lineStarts(Buffer.from(texts.lastWords, 'utf8')) };
}
