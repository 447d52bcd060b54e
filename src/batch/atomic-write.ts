import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Suffix of the temporary file an output is written to before it takes its name (never read as output). */
export const TEMP_SUFFIX = '.faktum-tmp';

/**
 * Writes a file atomically: the data goes to `<path>.faktum-tmp` in the same folder, is flushed to disk (fsync) and
 * then renamed over `path`. A reader, or a run killed at any moment, sees the old file or the whole new one, never
 * a torn one. The temporary name is fixed, not random: the output folder has one writer (its lock), and a
 * temporary file left by a killed run is overwritten by the next write of the same output instead of piling up.
 * Written by hand, not with write-file-atomic: that package picks a new random name per write and is synchronous
 * only in a form that also chowns; this is the whole algorithm.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: { fsync?: boolean; mkdir?: boolean } = {}): void {
  if (options.mkdir) mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}${TEMP_SUFFIX}`;
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
