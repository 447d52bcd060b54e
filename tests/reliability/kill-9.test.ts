import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFolder, ensureBuilt, inspectOutput, jsonldFiles, sleep, startFakeRun, tmp } from './helpers.js';

/**
 * Issue 18, item 2: kill -9 mid-run used to leave 0-byte `.jsonld` files that every later run refused. Here a run over
 * 2,000 files is killed with SIGKILL at random moments, again and again, each time checked: no torn or empty
 * output, no torn or duplicated N-Quads, a readable manifest; then a run without kills finishes the rest, and
 * every input is done exactly once.
 */
describe('kill -9 at random moments', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('loses, tears and duplicates nothing, and the rerun finishes the rest (2,000 files, 5 kills)', async () => {
    const input = articleFolder(join(tmp('faktum-kill-'), 'in'), 2000);
    const out = join(tmp('faktum-kill-out-'), 'out');
    const kills: number[] = [];
    const outputsAfterKill: number[] = [];
    for (let k = 0; k < 5; k++) {
      const before = jsonldFiles(out).length;
      const run = startFakeRun({ inputs: [input], out, jobs: 2 });
      // Kill at a random moment after this run has begun to write (on a loaded machine start-up alone can take
      // seconds, and a kill before the first write tests nothing), or before it on every other try.
      if (k % 2 === 1) await until(() => jsonldFiles(out).length > before || run.exitCode !== null || run.signalCode !== null, 60_000);
      const delay = Math.floor(Math.random() * (k % 2 === 1 ? 800 : 1500));
      kills.push(delay);
      await sleep(delay);
      run.kill('SIGKILL');
      const ended = await run.done;
      const state = inspectOutput(out);
      expect(state.problems, `after a kill at ${delay} ms (${ended.signal ?? ended.code})`).toEqual([]);
      outputsAfterKill.push(state.outputs.length);
    }
    // The test means something only if some kill landed mid-run, with part of the outputs written.
    expect(outputsAfterKill.some((n) => n > 0 && n < 2000), `outputs after each kill: ${outputsAfterKill.join(', ')}`).toBe(true);
    const last = startFakeRun({ inputs: [input], out, jobs: 2 });
    const ended = await last.done;
    expect(ended.code, `${ended.stderr}\n${ended.stdout}\n${readFileSync(join(out, "errors.jsonl"), "utf8").slice(0, 600)}`).toBe(0);
    const summary = JSON.parse(ended.stdout.trim().split('\n').pop()!);
    expect(summary.processed + summary.upToDate, `kills at ${kills.join(', ')} ms`).toBe(2000);
    const state = inspectOutput(out);
    expect(state.problems).toEqual([]);
    expect(state.outputs).toHaveLength(2000);
    expect(new Set(state.nqArticles).size).toBe(2000);
    expect(state.nqArticles).toHaveLength(2000);
    expect([...state.manifestInputs].sort()).toEqual(state.outputs.map((o) => o.replace(/\.jsonld$/, '.txt')).sort());
  }, 240_000);
});

/** Waits until `ready()` or `ms` have passed, looking every 20 ms. */
async function until(ready: () => boolean, ms: number): Promise<void> {
  for (const end = Date.now() + ms; !ready() && Date.now() < end; ) await sleep(20);
}
