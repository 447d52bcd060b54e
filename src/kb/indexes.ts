import type { KbEntry } from './types.js';

/** Adds `entry` under `key` and under its lower-cased form, once each. */
function addBoth(index: Map<string, KbEntry[]>, surface: string, entry: KbEntry): void {
  const exact = surface.normalize('NFC');
  for (const key of new Set([exact, exact.toLowerCase()])) {
    const list = index.get(key);
    if (list === undefined) index.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  }
}

/** Index of the given surface forms of every entry: exact surface and lower-cased key; ambiguous keys keep all. */
export function buildSurfaceIndex(
  entries: readonly KbEntry[],
  formsOf: (e: KbEntry) => readonly string[],
): Map<string, KbEntry[]> {
  const index = new Map<string, KbEntry[]>();
  for (const entry of entries) {
    for (const surface of formsOf(entry)) addBoth(index, surface, entry);
  }
  return index;
}

/**
 * Index from a lower-case stem to the one entry claiming it. A stem claimed by two entries is left out (precision
 * first: an adjective that could mean two places links to neither); `conflicts` receives such stems.
 */
export function buildUniqueIndex(
  entries: readonly KbEntry[],
  formsOf: (e: KbEntry) => readonly string[] | undefined,
  conflicts?: Set<string>,
): Map<string, KbEntry> {
  const index = new Map<string, KbEntry>();
  const dropped = conflicts ?? new Set<string>();
  for (const entry of entries) {
    for (const form of formsOf(entry) ?? []) {
      const key = form.normalize('NFC').toLowerCase();
      const seen = index.get(key);
      if (dropped.has(key) || (seen !== undefined && seen !== entry)) {
        index.delete(key);
        dropped.add(key);
      } else {
        index.set(key, entry);
      }
    }
  }
  return index;
}
