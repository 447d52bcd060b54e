import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a cache file whole: to a temporary name beside it, then renamed over it, so that a reader in another
 * process sees the old file or the new one. Failures are ignored: a read-only install computes every time.
 */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    // a read-only install: the value is computed again next time
  }
}

/**
 * The JSON value cached in `file` when it is there and `valid`; otherwise `compute()`, written to `file` for the next
 * process. The file's name must say everything the value depends on (a hash of its inputs).
 */
export function cachedJson<T>(file: string, valid: (value: unknown) => boolean, compute: () => T): T {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (valid(value)) return value as T;
  } catch {
    // no cache yet
  }
  const value = compute();
  writeCacheFile(file, JSON.stringify(value));
  return value;
}
