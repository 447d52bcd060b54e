import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { Manifest, manifestName } from './manifest.js';
import { BatchUsageError } from './routes.js';

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
export async function openRunFiles(out: string, suffix: string): Promise<{ manifest: Manifest; runFiles: RunFiles }> {
  const manifest = await Manifest.open(out, suffix);
  const runFiles = { nq: `all${suffix}.nq`, errors: `errors${suffix}.jsonl`, skipped: `skipped${suffix}.jsonl` };
  if (!manifest.existed) {
    for (const name of Object.values(runFiles)) {
      if (existsSync(join(out, name))) throw new BatchUsageError(`refusing to overwrite ${join(out, name)}: ${out} has no faktum manifest, so faktum did not write it`);
    }
    // The manifest exists before any other file of the run: a run killed at any moment leaves a folder that the
    // next run knows as faktum's.
    closeSync(openSync(join(out, manifestName(suffix)), 'a'));
  }
  return { manifest, runFiles };
}
