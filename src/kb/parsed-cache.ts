import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
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
  let file: string | undefined;
  try {
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    const hash = createHash('sha256').update(`${FORMAT}\n`);
    for (const module of CODE) hash.update(readFileSync(fileURLToPath(new URL(module + ext, import.meta.url))));
    for (const f of files) hash.update(`\n${f}\n`).update(readFileSync(join(dir, f)));
    file = join(cacheDir, `kb-entries-${hash.digest('hex').slice(0, 24)}.json`);
    const entries = JSON.parse(readFileSync(file, 'utf8')) as KbEntry[];
    if (Array.isArray(entries)) return entries;
  } catch {
    // no cache yet (or a file missing: parse then says which)
  }
  const entries = files.flatMap(parse);
  if (file) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      writeFileSync(tmp, JSON.stringify(entries));
      renameSync(tmp, file);
    } catch {
      // a read-only install parses every time
    }
  }
  return entries;
}
