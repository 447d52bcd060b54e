import { closeSync, fsyncSync, openSync, readdirSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { BatchUsageError } from './routes.js';

/** The folder (relative to the output folder) of a shard's N-Quads segments. */
export function segmentFolder(shardSuffix: string): string {
  return `.faktum/nq${shardSuffix}`;
}

/** Bytes of N-Quads that wait in a {@link QuadsOrder} before they are copied to the new `all.nq`. */
const COPY_BYTES = 4 << 20;

/**
 * The articles' N-Quads in input order, copied into the new `all.nq` as the run goes (a few MB at a time, while
 * the workers extract the next documents) and given its name at the end ({@link QuadsOrder.assemble}): a crash never
 * leaves a torn `all.nq` (the old one stays until the new one is complete), and a rerun copies the N-Quads of what
 * is done instead of converting its JSON-LD again.
 */
export class QuadsOrder {
  private places: string[] = [];
  private waiting = 0;
  private readonly problems: string[] = [];
  private readonly temp: string;
  private target?: number;
  /** The error that stopped the copying (a full disk): {@link assemble} reports it. */
  private failed?: Error;
  private segment?: { name: string; fd: number };
  private readonly buffer = Buffer.alloc(1 << 20);
  private used = 0;

  constructor(
    private readonly out: string,
    private readonly name: string,
  ) {
    this.temp = join(out, `${name}.faktum-tmp`);
  }

  /** Appends an article's N-Quads place (segment relative to the output folder, byte offset, length); its segment is complete. */
  add(place: readonly [string, number, number]): void {
    this.places.push(place.join('\t'));
    this.waiting += place[2];
    if (this.waiting >= COPY_BYTES) this.copy();
  }

  /** Copies the waiting places to the temporary file; a segment that cannot be read is a problem, its articles left out. */
  private copy(): void {
    const places = this.places;
    this.places = [];
    this.waiting = 0;
    if (this.failed) return;
    try {
      this.target ??= openSync(this.temp, 'w');
      for (const place of places) {
        const [segment, offsetText, lengthText] = place.split('\t');
        try {
          if (this.segment?.name !== segment) {
            this.closeSegment();
            this.segment = { name: segment, fd: openSync(join(this.out, segment), 'r') };
          }
          const length = Number(lengthText);
          if (this.used + length > this.buffer.length) this.flush();
          if (length > this.buffer.length) {
            const big = Buffer.alloc(length);
            readExactly(this.segment.fd, big, Number(offsetText));
            writeSync(this.target, big);
          } else {
            readExactly(this.segment.fd, this.buffer.subarray(this.used, this.used + length), Number(offsetText));
            this.used += length;
          }
        } catch (error) {
          this.problems.push(`${segment}: ${(error as Error).message}`);
          this.closeSegment();
        }
      }
      this.flush();
    } catch (error) {
      this.failed = error as Error;
    }
  }

  private flush(): void {
    if (this.used) writeSync(this.target!, this.buffer, 0, this.used);
    this.used = 0;
  }

  private closeSegment(): void {
    if (this.segment) closeSync(this.segment.fd);
    this.segment = undefined;
  }

  /**
   * Copies what is left, flushes the temporary file and renames it over `<out>/<name>`. Returns the problems (a
   * segment that could not be read); throws a usage error when the file cannot be written (the old one stays).
   */
  assemble(options: { fsync?: boolean } = {}): string[] {
    this.copy();
    try {
      this.target ??= openSync(this.temp, 'w');
      if (this.failed) throw this.failed;
      if (options.fsync !== false) fsyncSync(this.target);
    } catch (error) {
      this.close();
      throw new BatchUsageError(`cannot write ${join(this.out, this.name)}: ${(error as Error).message}; the finished articles are kept, a rerun writes it`);
    }
    closeSync(this.target);
    this.target = undefined;
    this.closeSegment();
    renameSync(this.temp, join(this.out, this.name));
    return this.problems;
  }

  /** Closes the files of a run that ends without {@link assemble} (a usage error): the part written goes. */
  close(): void {
    this.closeSegment();
    if (this.target === undefined) return;
    closeSync(this.target);
    this.target = undefined;
    rmSync(this.temp, { force: true });
  }
}

function readExactly(fd: number | undefined, into: Buffer, position: number): void {
  if (fd === undefined) throw new Error('segment not open');
  let done = 0;
  while (done < into.length) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw new Error(`segment ends before byte ${position + into.length}`);
    done += n;
  }
}

/** Removes the segments of a shard's folder that no manifest entry points into (older runs' leftovers). */
export function removeUnusedSegments(out: string, shardSuffix: string, used: ReadonlySet<string>): number {
  const folder = segmentFolder(shardSuffix);
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(join(out, folder));
  } catch {
    return 0;
  }
  for (const name of names) {
    if (used.has(`${folder}/${name}`)) continue;
    rmSync(join(out, folder, name), { force: true });
    removed++;
  }
  return removed;
}
