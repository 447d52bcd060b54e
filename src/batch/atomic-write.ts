import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Suffix of the temporary file an output is written to before it takes its name (never read as output). */
export const TEMP_SUFFIX = '.faktum-tmp';

/**
 * The temporary file of an output: hidden, in the same folder, named after the output's name but never longer than
 * 43 bytes, so that an output whose own name is near the file system's 255-byte limit can still be written.
 */
export function tempPath(path: string): string {
  const name = basename(path);
  const short = Buffer.byteLength(name) <= 24 ? name : createHash('sha1').update(name).digest('hex').slice(0, 24);
  return join(dirname(path), `.${short}${TEMP_SUFFIX}`);
}

/**
 * Writes a file atomically: the data goes to a hidden temporary file in the same folder ({@link tempPath}), is flushed to disk (fsync) and
 * then renamed over `path`. A reader, or a run killed at any moment, sees the old file or the whole new one, never
 * a torn one. The temporary name is fixed, not random: the output folder has one writer (its lock), and a
 * temporary file left by a killed run is overwritten by the next write of the same output instead of piling up.
 * Written by hand, not with write-file-atomic: that package picks a new random name per write and is synchronous
 * only in a form that also chowns; this is the whole algorithm.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: { fsync?: boolean; mkdir?: boolean } = {}): void {
  if (options.mkdir) mkdirSync(dirname(path), { recursive: true });
  const temp = tempPath(path);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    if (options.fsync !== false) fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
