import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The project root. */
const root = join(import.meta.dirname, '..', '..');
/** Held while one test process builds; the others wait for it (vitest runs test files in parallel processes). */
const lock = join(root, 'node_modules', '.cache', 'faktum-build.lock');
/** A lock older than this is left over from a killed process. */
const STALE_LOCK_MS = 5 * 60_000;

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The source files whose compiled copy in dist/ is missing or older than they are. */
export function staleFiles(): string[] {
  return sources(join(root, 'src')).filter((file) => {
    const built = join(root, 'dist', relative(join(root, 'src'), file)).replace(/\.ts$/, '.js');
    return !existsSync(built) || statSync(built).mtimeMs < statSync(file).mtimeMs;
  });
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquire(): void {
  mkdirSync(join(lock, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > STALE_LOCK_MS) rmdirSync(lock);
      else sleep(200);
    }
  }
}

/**
 * Makes sure dist/ is a build of the current sources, for tests that run compiled code: the CLI (bin/faktum.js),
 * worker threads and child processes (src/pipeline/root.ts, compiledSibling), the scripts that read dist/. Builds
 * when any source is newer than its compiled copy, so a forgotten `npm run build` never tests old code. tsc emits
 * despite type errors elsewhere (`npx tsc --noEmit` reports those); only output still stale after it fails here.
 */
export function ensureBuilt(): void {
  if (staleFiles().length === 0) return;
  acquire();
  try {
    if (staleFiles().length === 0) return;
    let output = '';
    try {
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: Buffer }).stdout ?? error);
    }
    const stale = staleFiles();
    if (stale.length) throw new Error(`dist/ is still older than ${stale.map((f) => relative(root, f)).join(', ')} after a build:\n${output}`);
  } finally {
    rmdirSync(lock);
  }
}
