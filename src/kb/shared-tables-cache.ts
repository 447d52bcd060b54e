import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedJson } from '../cache/cache-file.js';
import { packageCacheDir } from '../pipeline/root.js';
import { dataDir, readSharedTables, SHARED_TABLE_FILES } from './shared-tables.js';
import type { KbEntry } from './types.js';

/** Bump when the cache file's layout changes. */
const FORMAT = 1;

/** Everything the entries depend on: the tables' bytes, the code that reads them, its country codes, `countries`. */
function key(countries: ReadonlyMap<string, string>, dir: string): string {
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256').update(`${FORMAT}\n${(require('i18n-iso-countries/package.json') as { version: string }).version}\n`);
  hash.update(readFileSync(fileURLToPath(new URL(`shared-tables${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url))));
  hash.update(JSON.stringify([...countries]));
  for (const file of SHARED_TABLE_FILES) {
    hash.update(`\n${file}\n`);
    hash.update(existsSync(join(dir, file)) ? readFileSync(join(dir, file)) : 'absent');
  }
  return hash.digest('hex').slice(0, 24);
}

/**
 * {@link readSharedTables} for the KB's `countries` (ISO alpha-2 code to country entry), kept as JSON in the package
 * cache folder (never in the repository) from one process to the next: parsing one JSON text instead of building
 * 8,800 entries from the tables, which was a tenth of a one-article run. The cache file is named after everything
 * the entries depend on (the tables' bytes, shared-tables.ts, i18n-iso-countries' version, `countries`), so a changed
 * table is read afresh. The entries are JSON already (`plain`): the cached ones are equal, keys in the same order.
 */
export function cachedSharedTables(countries: ReadonlyMap<string, string>, dir = dataDir(), cacheDir = packageCacheDir()): KbEntry[] {
  if (!SHARED_TABLE_FILES.some((file) => existsSync(join(dir, file)))) return [];
  const file = join(cacheDir, `shared-tables-${key(countries, dir)}.json`);
  return cachedJson(file, Array.isArray, () => readSharedTables((iso2) => countries.get(iso2), dir));
}
