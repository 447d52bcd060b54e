import { closeSync, fstatSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { BatchUsageError } from './routes.js';

/**
 * A file the main thread appends whole lines to (the manifest, errors.jsonl, skipped.jsonl). A write that fails
 * half-way (a full disk) is cut back to where it began, so the file never ends in a torn line, and the run stops
 * with a usage error naming the file: the articles finished so far are kept, and a rerun does the rest.
 */
export class AppendFile {
  private readonly fd: number;
  private size: number;

  constructor(
    readonly path: string,
    flags: 'a' | 'w',
  ) {
    this.fd = openSync(path, flags);
    this.size = fstatSync(this.fd).size;
  }

  /** Appends text (whole lines). */
  append(text: string): void {
    const data = Buffer.from(text);
    try {
      let done = 0;
      while (done < data.length) done += writeSync(this.fd, data, done, data.length - done, this.size + done);
      this.size += data.length;
    } catch (error) {
      try {
        ftruncateSync(this.fd, this.size);
      } catch {
        // The cut itself failed: the torn tail is cut when the file is opened next (manifest-lines.ts).
      }
      const { code, message } = error as NodeJS.ErrnoException;
      throw new BatchUsageError(`cannot write ${this.path}: ${code === 'ENOSPC' ? 'no space left on the device (ENOSPC)' : message}; the finished articles are kept, a rerun does the rest`);
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}
