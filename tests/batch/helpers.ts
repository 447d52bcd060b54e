import { execSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
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

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    t = Math.max(t, s.isDirectory() ? newest(path) : s.mtimeMs);
  }
  return t;
}

/**
 * Makes sure dist/ holds a current build of the batch code, which worker threads load. Builds when stale;
 * a type error elsewhere in the project does not stop tsc from emitting, so a failing exit is tolerated
 * as long as the worker file is there.
 */
export function ensureBuilt(): void {
  const worker = join(root, 'dist', 'batch', 'worker.js');
  if (existsSync(worker) && statSync(worker).mtimeMs >= newest(join(root, 'src', 'batch'))) return;
  try {
    execSync('npm run build', { cwd: root, stdio: 'pipe' });
  } catch (error) {
    if (!existsSync(worker)) throw error;
  }
}
