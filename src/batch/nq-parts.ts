import { closeSync, fsyncSync, openSync, readdirSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { BatchUsageError } from './routes.js';

/** The folder (relative to the output folder) of a shard's N-Quads segments. */
export function segmentFolder(shardSuffix: string): string {
  return `.faktum/nq${shardSuffix}`;
}

/**
 * Where the N-Quads of each article of a run are, in input order, so that `all.nq` is assembled from the parts at
 * the end: a crash never leaves a torn `all.nq` (the old one stays until the new one is complete), and a rerun
 * copies the N-Quads of what is done instead of converting its JSON-LD again. Held as one string per article.
 */
export class QuadsOrder {
  private readonly places: string[] = [];

  /** Appends an article's N-Quads place: segment (relative to the output folder), byte offset, length. */
  add(place: readonly [string, number, number]): void {
    this.places.push(place.join('\t'));
  }

  /**
   * Writes `<out>/<name>` from the segments: to a temporary file, flushed, then renamed over the old one.
   * A segment that cannot be read is reported and its articles are left out; returns those problems.
   */
  assemble(out: string, name: string, options: { fsync?: boolean } = {}): string[] {
    const problems: string[] = [];
    const temp = join(out, `${name}.faktum-tmp`);
    const target = openSync(temp, 'w');
    let fd: number | undefined;
    let open = '';
    const buffer = Buffer.alloc(1 << 20);
    let used = 0;
    const flush = () => {
      writeSync(target, buffer, 0, used);
      used = 0;
    };
    try {
      for (const place of this.places) {
        const [segment, offsetText, lengthText] = place.split('\t');
        try {
          if (segment !== open) {
            if (fd !== undefined) closeSync(fd);
            fd = undefined;
            fd = openSync(join(out, segment), 'r');
            open = segment;
          }
          const length = Number(lengthText);
          if (used + length > buffer.length) flush();
          if (length > buffer.length) {
            const big = Buffer.alloc(length);
            readExactly(fd, big, Number(offsetText));
            writeSync(target, big);
          } else {
            readExactly(fd, buffer.subarray(used, used + length), Number(offsetText));
            used += length;
          }
        } catch (error) {
          problems.push(`${segment}: ${(error as Error).message}`);
          open = '';
        }
      }
      flush();
      if (options.fsync !== false) fsyncSync(target);
    } catch (error) {
      // The old all.nq stays as it was; the part written of the new one goes.
      rmSync(temp, { force: true });
      throw new BatchUsageError(`cannot write ${join(out, name)}: ${(error as Error).message}; the finished articles are kept, a rerun writes it`);
    } finally {
      if (fd !== undefined) closeSync(fd);
      closeSync(target);
    }
    renameSync(temp, join(out, name));
    return problems;
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
