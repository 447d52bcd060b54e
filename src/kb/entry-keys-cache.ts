import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { commonNounForms } from '../lang/de/common-nouns.js';
import { cachedJson } from '../cache/cache-file.js';
import { packageCacheDir } from '../pipeline/root.js';
import { entryKeys } from '../stages/link/entry-keys.js';
import type { KbEntry } from './types.js';

/** The folded candidate keys of one entry, as {@link entryKeys} gives them. */
export type EntryKeys = ReturnType<typeof entryKeys>;

/** Bump when the cache file's layout changes. */
const FORMAT = 1;

/** The modules whose code decides an entry's keys (in src/ under vitest, dist/ when compiled). */
const CODE = ['../stages/link/entry-keys', '../stages/link/fold', '../lang/de/common-nouns'];

/** What the keys depend on besides the entries: that code, and the noun forms (a set over a text with a digest). */
function codeKey(): string | undefined {
  const digest = (commonNounForms() as { digest?: string }).digest;
  if (!digest) return undefined;
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const hash = createHash('sha256').update(`${FORMAT}\n${digest}\n`);
  for (const module of CODE) hash.update(readFileSync(fileURLToPath(new URL(module + ext, import.meta.url))));
  return hash.digest('hex');
}

/**
 * {@link entryKeys} of every entry, kept in the package cache folder from one process to the next: folding the
 * names of the 10,000 loaded entries (curated and the Wikidata tables of ../shared/data) took a tenth of a
 * one-article run. The cache file is named after everything the keys depend on: each entry's names, aliases, type
 * and `linkOnly`, the code of entry-keys.ts, fold.ts and common-nouns.ts, and the noun forms; anything else
 * changed, it is not found and the keys are folded afresh. Failures to read or write it only cost that.
 */
export function cachedEntryKeys(entries: readonly KbEntry[], cacheDir = packageCacheDir()): EntryKeys[] {
  const code = codeKey();
  if (!code) return entries.map(entryKeys);
  const inputs = JSON.stringify(entries.map((e) => [e.name, e.nameEn, e.aliases, e.contextAliases, e.type, e.linkOnly]));
  const file = join(cacheDir, `entry-keys-${createHash('sha256').update(code).update(inputs).digest('hex').slice(0, 24)}.json`);
  return cachedJson(file, (keys) => Array.isArray(keys) && keys.length === entries.length, () => entries.map(entryKeys));
}
