import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';
import { runBatch, type BatchOptions } from '../../src/batch/run-batch.js';

/** The project root. */
export const root = join(import.meta.dirname, '..', '..');

/** URL of the fake pipeline API (same shape as src/api.ts). */
export const fakeApi = pathToFileURL(join(root, 'tests', 'fixtures', 'batch', 'fake-api.mjs')).href;

const created: string[] = [];

/** A fresh temporary folder, removed after the test file. */
export function tmp(prefix = 'faktum-batch-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of created.splice(0)) {
    try {
      chmodSync(dir, 0o755);
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A leftover temporary folder is no failure.
    }
  }
});

/** Runs a batch with the fake API, one job, no progress bar. */
export function runFake(options: Partial<BatchOptions> & { inputs: string[]; out: string }) {
  return runBatch({ jobs: 1, maxBytes: 1_000_000, progress: false, apiModule: fakeApi, ...options });
}

/** The lines of an output folder's errors.jsonl. */
export function errorsOf(out: string): Array<{ file: string; reason: string; ruleId: string; place: string | null; record?: string }> {
  return readFileSync(join(out, 'errors.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** Builds dist/ when a source is newer (tests/helpers/build.ts). */
export { ensureBuilt } from '../helpers/build.js';
