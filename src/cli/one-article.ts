import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isRecordFile } from '../batch/records.js';

/** The files under `dir`, up to `limit` of them (the walk stops there: a large folder costs no more). */
function someFiles(dir: string, limit: number, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (found.length >= limit) break;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) someFiles(path, limit, found);
    else found.push(path);
  }
  return found;
}

/**
 * True when the inputs are one single-article file, or one folder whose whole tree holds one such file and
 * nothing else: a one-article run, which runs in this thread with no worker to start and no new process (it should
 * start fast; the time budget and heap limit of a worker protect a batch, not one article).
 */
export function oneArticleInput(inputs: readonly string[]): boolean {
  if (inputs.length !== 1 || inputs[0] === '-' || isRecordFile(inputs[0])) return false;
  const stat = statSync(inputs[0]);
  if (stat.isFile()) return true;
  if (!stat.isDirectory()) return false;
  const files = someFiles(inputs[0], 2);
  return files.length === 1 && !isRecordFile(files[0]);
}
