import { entryKeys } from '../stages/link/entry-keys.js';
import { lastWord } from '../stages/link/fold.js';
import { entryToRow, LINK_TABLE_FIELDS, LINK_TABLE_VERSION, type LinkTableTexts } from './link-table.js';
import type { KbEntry } from './types.js';

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
  const header = `# ${JSON.stringify({ version: LINK_TABLE_VERSION, fields: LINK_TABLE_FIELDS, entries: sorted.length })}`;
  const lines = (rows: string[]) => rows.join('\n') + '\n';
  return {
    entries: lines([header, ...sorted.map((e) => JSON.stringify(entryToRow(e)))]),
    keys: lines([...keys].sort((a, b) => byKey(a[0], b[0])).map(([key, [n, s]]) => `${key}\t${n.join(',')}\t${s.join(',')}`)),
    lastWords: lines([...ending].sort((a, b) => byKey(a[0], b[0])).map(([word, set]) => `${word}\t${[...set].sort(byKey).join('|')}`)),
  };
}
