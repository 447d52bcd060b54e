import { existsSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { Manifest } from './manifest.js';
import { BatchUsageError } from './routes.js';
import type { Shard } from './shard.js';

/** Names of a run's shared output files (`all.nq`, `errors.jsonl`, `skipped.jsonl`), per shard. */
export interface RunFiles {
  nq: string;
  errors: string;
  skipped: string;
}

/**
 * Opens the manifest of `out` and names the run's files. Without a manifest, faktum did not write the folder:
 * existing run files are refused, never overwritten.
 */
export async function openRunFiles(out: string, shard?: Shard): Promise<{ manifest: Manifest; runFiles: RunFiles }> {
  const suffix = shard && shard.count > 1 ? `.shard-${shard.index}-of-${shard.count}` : '';
  const manifest = await Manifest.open(out, suffix);
  const runFiles = { nq: `all${suffix}.nq`, errors: `errors${suffix}.jsonl`, skipped: `skipped${suffix}.jsonl` };
  if (!manifest.existed) {
    for (const name of Object.values(runFiles)) {
      if (existsSync(join(out, name))) throw new BatchUsageError(`refusing to overwrite ${join(out, name)}: ${out} has no faktum manifest, so faktum did not write it`);
    }
  }
  return { manifest, runFiles };
}

/** Writes to a stream, waiting for it to drain when its buffer is full. */
export async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((done) => stream.once('drain', done));
}

/** Ends a stream and waits until it is flushed. */
export function close(stream: WriteStream): Promise<void> {
  return new Promise((done) => stream.end(done));
}
