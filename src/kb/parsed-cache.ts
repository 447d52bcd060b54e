import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { cachedJson } from '../cache/cache-file.js';
import { packageCacheDir } from '../pipeline/root.js';
import type { KbEntry } from './types.js';

/** Bump when the cache file's layout changes. */
const FORMAT = 1;

/** The modules that parse and validate KB lines (in src/ under vitest, dist/ when compiled). */
const CODE = ['parse', 'validate'];

/**
 * The entries of shipped KB files as `parse` gives them (parsed and validated line by line, throwing on a bad one),
 * kept as one JSON text in the package cache folder from one process to the next: one JSON.parse instead of 1,600
 * lines parsed and validated one by one (50 to 70 ms of CPU at every start, measured on a busy machine). The cache
 * file is named after the files' names and bytes and the code of parse.ts and validate.ts: only bytes that passed
 * that code before are ever answered from it. Failures to read or write it only cost parsing.
 */
export function cachedEntries(dir: string, files: readonly string[], parse: (file: string) => KbEntry[], cacheDir = packageCacheDir()): KbEntry[] {
  const file = cacheFile(dir, files, cacheDir);
  return file ? cachedJson(file, Array.isArray, () => files.flatMap(parse)) : files.flatMap(parse);
}

/** The cache file of these KB files and this code, or undefined when one cannot be read (parse then says which). */
function cacheFile(dir: string, files: readonly string[], cacheDir: string): string | undefined {
  try {
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    const hash = createHash('sha256').update(`${FORMAT}\n`);
    for (const module of CODE) hash.update(readFileSync(fileURLToPath(new URL(module + ext, import.meta.url))));
    for (const f of files) hash.update(`\n${f}\n`).update(readFileSync(join(dir, f)));
    return join(cacheDir, `kb-entries-${hash.digest('hex').slice(0, 24)}.json`);
  } catch {
    return undefined;
  }
}
