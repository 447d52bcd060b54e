import { closeSync, existsSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { claimLine, eachEntry } from './manifest-lines.js';
import { shortHash } from './short-hash.js';

/**
 * Compacts a manifest file: one line per input, the last one written, in the order of those last lines (for a fresh
 * run: input order), plus one claim line for outputs claimed and never recorded whose files exist (their document
 * failed after its file was written: they stay faktum's). Written beside it, flushed and renamed over it; streamed,
 * holding one number per input. Compaction only saves space: when it cannot be written (a full disk), the
 * appended file stays as it is, which is just as valid. Every line of the inputs in `drop` (by {@link shortHash}: their
 * outputs were pruned) goes.
 */
export async function compactManifest(dir: string, path: string, drop: ReadonlySet<string> = new Set()): Promise<void> {
  const last = new Map<string, number>();
  const doneOutputs = new Set<string>();
  const openClaims = new Set<string>();
  await eachEntry(path, (entry, _line, index) => {
    last.set(shortHash(entry.input), index);
    doneOutputs.add(entry.output);
  }, (outputs) => outputs.forEach((o) => openClaims.add(o)));
  for (const output of openClaims) if (doneOutputs.has(output) || !existsSync(join(dir, output))) openClaims.delete(output);
  const temp = `${path}.faktum-tmp`;
  const out = openSync(temp, 'w');
  try {
    const lines: string[] = [];
    const flush = () => void (lines.length && writeSync(out, `${lines.splice(0).join('\n')}\n`));
    await eachEntry(path, (entry, line, index) => {
      const input = shortHash(entry.input);
      if (last.get(input) === index && !drop.has(input)) lines.push(line);
      if (lines.length >= 1024) flush();
    });
    flush();
    if (openClaims.size) writeSync(out, claimLine([...openClaims]));
    fsyncSync(out);
  } catch {
    closeSync(out);
    rmSync(temp, { force: true });
    return;
  }
  closeSync(out);
  await rename(temp, path);
}
