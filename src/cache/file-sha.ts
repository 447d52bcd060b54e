import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeCacheFile } from './cache-file.js';

/** What changes when a file is rewritten: its size, modification time and inode (throws for an absent file). */
export function statStamp(file: string): string {
  const st = statSync(file);
  return `${st.size} ${st.mtimeMs} ${st.ino}`;
}

/** The file's path and {@link statStamp}. */
const stampOf = (file: string) => `${file} ${statStamp(file)}`;

/**
 * The sha256 (hex) of a file's bytes, remembered in `cacheDir` under the file's stamp (path, size, modification time,
 * inode): the model file (7 MB) is hashed for the provenance of every run, which took as long as reading it again
 * and hashing it. A rewritten file has another stamp and is hashed afresh; a file rewritten while it was hashed gets
 * no cache entry. Failures to read or write the cache only cost the fresh hash (read-only installs).
 */
export function cachedFileSha256(file: string, cacheDir: string): string {
  const stamp = stampOf(file);
  const cacheFile = join(cacheDir, `file-sha-${createHash('sha256').update(file).digest('hex').slice(0, 12)}.txt`);
  try {
    const [key, sha] = readFileSync(cacheFile, 'utf8').split('\n');
    if (key === stamp && /^[0-9a-f]{64}$/.test(sha)) return sha;
  } catch {
    // no cache yet
  }
  const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
  if (stampOf(file) === stamp) writeCacheFile(cacheFile, `${stamp}\n${sha}`);
  return sha;
}
