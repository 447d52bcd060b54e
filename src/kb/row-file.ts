import { closeSync, openSync, readSync, statSync } from 'node:fs';

/**
 * The rows of a compiled link table read from their part files one row at a time (a positioned read each), their
 * places known from the line index: a process keeps the few hundred rows its articles name instead of 22 MB of
 * text. The parts are one text cut at line ends, so a row lies in one part.
 */
export class RowFile {
  /** Where each part starts in the whole text, then the text's length. */
  private readonly partStarts: number[] = [0];
  private scratch = Buffer.alloc(4096);

  /**
   * `files`: the parts in order; `bounds`: the row starts in the whole text (after its header) and its length.
   * Throws when the files' sizes disagree with the bounds (a table compiled again without its index).
   */
  constructor(private readonly files: readonly string[], private readonly bounds: Uint32Array) {
    for (const f of files) this.partStarts.push(this.partStarts[this.partStarts.length - 1] + statSync(f).size);
    const size = this.partStarts[this.partStarts.length - 1];
    if (bounds.length < 1 || bounds[bounds.length - 1] !== size) throw new Error(`the line index does not fit ${files[0]} and its other parts (${size} bytes)`);
  }

  /** Number of rows. */
  get length(): number {
    return this.bounds.length - 1;
  }

  /** The header line of the first part (without `#` and the space after it), or ''. */
  header(): string {
    const text = this.read(0, this.bounds[0]);
    return text.startsWith('# ') ? text.slice(2).replace(/\n$/, '') : '';
  }

  /** Row `i` without its newline. */
  line(i: number): string {
    return this.read(this.bounds[i], this.bounds[i + 1]).replace(/\n$/, '');
  }

  /**
   * The text between two offsets of the whole text, which lie in one part. The part is opened for each read (a row is
   * read once per process): a worker thread stopped mid-task (a document over its time) leaks no descriptor.
   */
  private read(start: number, end: number): string {
    let part = 0;
    while (start >= this.partStarts[part + 1] && part < this.files.length - 1) part++;
    const length = end - start;
    if (length > this.scratch.length) this.scratch = Buffer.alloc(length);
    const fd = openSync(this.files[part], 'r');
    try {
      const got = readSync(fd, this.scratch, 0, length, start - this.partStarts[part]);
      return this.scratch.toString('utf8', 0, got);
    } finally {
      closeSync(fd);
    }
  }
}
