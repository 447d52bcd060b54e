import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeCacheFile } from '../cache/cache-file.js';
import { statStamp } from '../cache/file-sha.js';
import { join } from 'node:path';
import { packageCacheDir } from '../pipeline/root.js';

/**
 * A short hash (12 hex digits of sha256) of files under `dir`: each name, then its bytes, or `absent` for a file that
 * is not there. Reads every byte: the shipped KB is 12 MB.
 */
export function filesHash(dir: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file);
    try {
      hash.update(readFileSync(join(dir, file)));
    } catch {
      hash.update('absent');
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/** What changes when a file is rewritten: size, modification time and inode; `-` for an absent file. */
function stamp(dir: string, files: readonly string[]): string {
  return files.map((file) => {
    try {
      return `${file} ${statStamp(join(dir, file))}`;
    } catch {
      return `${file} -`;
    }
  }).join('\n');
}

/**
 * {@link filesHash}, remembered in a small cache file (one per `dir`) under the files' sizes, modification times and
 * inodes: a process whose files are as the last one saw them reads a few hundred bytes instead of hashing them all.
 * Any rewrite of a file (a KB rebuild, a checkout) changes its stamp, and the hash is computed afresh.
 * Failures to read or write the cache only cost the fresh hash (read-only installs).
 */
export function cachedFilesHash(dir: string, files: readonly string[], cacheDir = packageCacheDir()): string {
  const key = stamp(dir, files);
  const cacheFile = join(cacheDir, `files-hash-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}.txt`);
  try {
    const text = readFileSync(cacheFile, 'utf8');
    const cut = text.lastIndexOf('\n');
    if (text.slice(0, cut) === key && /^[0-9a-f]{12}$/.test(text.slice(cut + 1))) return text.slice(cut + 1);
  } catch {
    // no cache yet
  }
  const hash = filesHash(dir, files);
  // A file rewritten while it was hashed gets no cache entry: the next process hashes it again.
  if (stamp(dir, files) !== key) return hash;
  writeCacheFile(cacheFile, `${key}\n${hash}`);
  return hash;
}
