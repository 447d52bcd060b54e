import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../pipeline/root.js';
import { createRunner, type TaskRunner } from '../batch/pool.js';
import { defaultApiModule, type Task } from '../batch/tasks.js';
import { countTokens } from './corpus.js';
import { inBlocks } from './in-turns.js';

/**
 * Runs faktum's pipeline over the corpus on `threads` worker threads; tokens per second of the corpus count.
 * Before the clock starts, every thread opens the pipeline (models, KB), runs each distinct corpus article once and
 * then forgets every word it cached (compiled code for all of the corpus's code paths, none of its words), and runs
 * over `warmUp` (its word caches then hold that text's words, not the corpus's). Then, timed on their own, the
 * `unseen` texts: the speed on words the caches do not hold (see unseenTexts).
 */
export async function measureFaktum(articles: string[], threads: number, pipeline: string, warmUp: string[], unseen: string[] = []): Promise<{ seconds: number; faktumTokens: number; coresUsed: number; unseenSeconds: number }> {
  const runner = createRunner(threads, { threads: true });
  const runAll = async (texts: string[]) => {
    const results = await Promise.all(inTasks(texts).map((batch) => runner.run({ kind: 'measure', pipeline, kbFiles: [], texts: batch })));
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) throw new Error(failed.reason);
    return results.reduce((sum, r) => sum + (r.ok ? (r.tokens ?? 0) : 0), 0);
  };
  try {
    await warmUpThreads(runner, threads, pipeline, articles, warmUp);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const faktumTokens = await runAll(articles);
    const seconds = (performance.now() - started) / 1000;
    // CPU time of all threads over wall time: how many cores the run got (less than `threads` on a busy machine).
    const used = process.cpuUsage(cpu);
    const coresUsed = (used.user + used.system) / 1e6 / seconds;
    const unseenStarted = performance.now();
    if (unseen.length) await runAll(unseen);
    return { seconds, coresUsed, faktumTokens, unseenSeconds: (performance.now() - unseenStarted) / 1000 };
  } finally {
    await runner.close();
  }
}

/** Texts in the bench's tasks: 20 articles each. */
export function inTasks(texts: string[]): string[][] {
  return inBlocks(texts, 20);
}

/**
 * The bench's warm-up of every thread of a pool: each distinct corpus article once, then every word forgotten
 * (compiled code for the corpus's code paths, none of its words cached), then the warm-up texts.
 */
export async function warmUpThreads(runner: TaskRunner, threads: number, pipeline: string, articles: string[], warmUp: string[]): Promise<void> {
  await onEveryThread(runner, threads, { kind: 'measure', pipeline, kbFiles: [], texts: [...new Set(articles)], forgetWords: true });
  await onEveryThread(runner, threads, { kind: 'measure', pipeline, kbFiles: [], texts: warmUp });
}

/**
 * Runs a measure task `threads` times at once, one for each thread of the pool (each is busy with its own until
 * all have one). Throws when one thread ran two of them: a warm-up that missed a thread would leave its code cold.
 */
export async function onEveryThread(runner: TaskRunner, threads: number, task: Task): Promise<void> {
  const results = await Promise.all(Array.from({ length: threads }, () => runner.run(task)));
  for (const r of results) if (!r.ok) throw new Error(r.reason);
  const reached = new Set(results.map((r) => r.ok && r.thread));
  if (reached.size !== threads) throw new Error(`a warm-up task reached ${reached.size} of ${threads} threads`);
}

/**
 * Share of the pipeline's time per stage, over articles worth about `sampleTokens` tokens, in this thread, after
 * one untimed article (loading): where the time goes when the pipeline is slower than it should be.
 */
export async function stageProfile(articles: string[], pipelineName: string, sampleTokens: number): Promise<Record<string, number>> {
  const api = (await import(defaultApiModule())) as {
    openPipeline(o: { pipeline: string }): Promise<{ stageIds: string[]; fns: Array<(doc: unknown) => unknown> }>;
    extractText(p: unknown, text: string): Promise<unknown>;
  };
  const pipeline = await api.openPipeline({ pipeline: pipelineName });
  // One article first, untimed: the tagger loads its lexicons on first use, which would count as NER time.
  if (articles.length) await api.extractText(pipeline, articles[0]);
  const spent = pipeline.stageIds.map(() => 0);
  pipeline.fns = pipeline.fns.map((fn, i) => async (doc: unknown) => {
    const started = performance.now();
    await fn(doc);
    spent[i] += performance.now() - started;
  });
  let tokens = 0;
  for (const text of articles) {
    if (tokens > sampleTokens) break;
    await api.extractText(pipeline, text);
    tokens += countTokens(text);
  }
  const total = spent.reduce((a, b) => a + b, 0) || 1;
  return Object.fromEntries(pipeline.stageIds.map((id, i) => [id, Number((spent[i] / total).toFixed(3))]));
}

/**
 * How many cores two busy threads get right now (2.0 on an idle two-core machine). On a machine shared with
 * other work, the operating system may give this process one core whatever its thread count, and no speedup
 * from a second worker can show; the benchmark reports this so that its numbers can be read.
 */
export async function coresAvailable(threads = 2, ms = 1500): Promise<number> {
  const spin = `const t = Date.now(); let x = 0; while (Date.now() - t < ${ms}) x += Math.sqrt(x + 1);`;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: threads }, () => new Promise((done) => new Worker(spin, { eval: true }).on('exit', done))));
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000 / (performance.now() - started);
}

/** Time of `fn` over every article, in seconds, after one untimed pass over `warmUp`. */
export function time(articles: string[], fn: (text: string) => void, warmUp: string[] = []): number {
  for (const text of warmUp) fn(text);
  const started = performance.now();
  for (const text of articles) fn(text);
  return (performance.now() - started) / 1000;
}

/** Median wall time of `node bin/faktum.js run <article> --out <tmp>`, from process start to exit. */
export function coldStart(article: string, runs: number): { ms: number | null; error?: string } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(join(tmpdir(), 'faktum-cold-'));
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(projectRoot, 'bin', 'faktum.js'), 'run', article, '--out', out], { encoding: 'utf8' });
    const ms = performance.now() - started;
    if (result.status !== 0) {
      const errors = existsSync(join(out, 'errors.jsonl')) ? readFileSync(join(out, 'errors.jsonl'), 'utf8').trim() : '';
      rmSync(out, { recursive: true, force: true });
      return { ms: null, error: errors || (result.stderr || result.stdout).trim().split('\n').slice(-1)[0] };
    }
    rmSync(out, { recursive: true, force: true });
    times.push(ms);
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)] };
}
