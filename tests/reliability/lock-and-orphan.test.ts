import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../batch/helpers.js';
import { articleFolder, ensureBuilt, inspectOutput, sleep, startFakeRun, tmp } from './helpers.js';

describe('one run per output folder (issue 18, item 3: two runs into one --out lost data silently)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('a second run into a folder in use stops with exit 2 naming the owner; the first finishes everything', async () => {
    const input = articleFolder(join(tmp('faktum-lock-'), 'in'), 600);
    const out = join(tmp('faktum-lock-out-'), 'out');
    const first = startFakeRun({ inputs: [input], out, jobs: 2 });
    for (let i = 0; i < 100 && !existsSync(join(out, '.faktum.lock')); i++) await sleep(20);
    const second = await startFakeRun({ inputs: [input], out, jobs: 2 }).done;
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`in use by another faktum run \\(pid ${first.pid} on ${hostname()}`));
    const done = await first.done;
    expect(done.code, done.stderr).toBe(0);
    const state = inspectOutput(out);
    expect(state.problems).toEqual([]);
    expect(new Set(state.nqArticles).size).toBe(600);
    expect(state.manifestInputs).toHaveLength(600);
    expect(existsSync(join(out, '.faktum.lock'))).toBe(false);
  }, 120_000);

  it.each([
    ['a dead process', () => JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), started: '2026-01-01T00:00:00Z' }), /taking over the lock .*pid 4194321\) is gone/],
    ['a torn lock file', () => '', /taking over the torn lock file/],
  ])('the lock of %s is taken over, with a message', async (_name, content, message) => {
    const input = articleFolder(join(tmp('faktum-lock-'), 'in'), 3);
    const out = tmp('faktum-lock-out-');
    const lock = join(out, '.faktum.lock');
    writeFileSync(lock, content());
    if (!content()) execFileSync('touch', ['-d', '1 minute ago', lock]);
    const run = await startFakeRun({ inputs: [input], out, jobs: 1 }).done;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(message);
  }, 60_000);
});

describe('the relaunched faktum run ends with its parent (issue 18, item 4: it ran on as an orphan)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('kill -9 of the faktum process ends the process it started within seconds', async () => {
    const input = articleFolder(join(tmp('faktum-orphan-'), 'in'), 400);
    const out = join(tmp('faktum-orphan-out-'), 'out');
    const parent = spawn(process.execPath, [join(root, 'bin', 'faktum.js'), 'run', input, '--out', out, '--jobs', '2'], { stdio: 'ignore' });
    let child: number | undefined;
    for (let i = 0; i < 200 && child === undefined; i++) {
      await sleep(25);
      let found = '';
      try {
        found = execFileSync('ps', ['-o', 'pid=', '--ppid', String(parent.pid)], { encoding: 'utf8' }).trim();
      } catch {
        // ps exits 1 while the process has no child yet.
      }
      if (found) child = Number(found.split('\n')[0]);
    }
    expect(child, 'faktum run started no child process (relaunch with the V8 flags)').toBeDefined();
    parent.kill('SIGKILL');
    let alive = true;
    for (let i = 0; i < 100 && alive; i++) {
      await sleep(50);
      alive = existsSync(`/proc/${child}`) && !/^State:\s+Z/m.test(readFileSync(`/proc/${child}/status`, 'utf8'));
    }
    expect(alive, `child ${child} still runs 5 s after its parent was killed`).toBe(false);
  }, 60_000);
});
