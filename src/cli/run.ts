import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { CommanderError } from 'commander';
import { BatchUsageError, runBatch, type BatchSummary } from '../batch/run-batch.js';
import { isRecordFile } from '../batch/records.js';
import { oneArticleInput } from './one-article.js';
import { relaunch, startedAsFaktum } from './relaunch.js';
import { DEFAULT_MAX_BYTES, runOptions, type RunOptions } from './run-options.js';
import { join, resolve } from 'node:path';

export { DEFAULT_MAX_BYTES } from './run-options.js';

/**
 * One worker per core beyond the first, at least one: the main thread (reading, the manifest), V8's compiler and
 * garbage-collector threads and file writes take about half a core beside one worker, so on two cores a second
 * worker made whole runs no faster and 180 MB larger (BENCHMARKS.md, thirteenth session). Fewer for a few
 * single-article files, one for one article (oneArticleInput): threads cost more than they save there.
 */
export function defaultJobs(inputs: string[], cores = availableParallelism()): number {
  if (oneArticleInput(inputs)) return 1;
  const workers = Math.max(1, cores - 1);
  const single = inputs.every((i) => i !== '-' && !isRecordFile(i) && statSync(i).isFile());
  return single ? Math.max(1, Math.min(workers, inputs.length - 1)) : workers;
}

/** The one-line summary of a run. */
export function formatSummary(s: BatchSummary): string {
  const rate = s.seconds > 0 ? (s.processed / s.seconds).toFixed(1) : '0.0';
  const skipped = s.skipped ? ` (${s.upToDate} up to date, ${s.otherLanguage} in other languages, ${s.notArticle} not articles)` : '';
  const failed = s.failed ? `, see ${s.out}/errors.jsonl` : '';
  const outputs = (n: number) => `${n} output${n === 1 ? '' : 's'} of deleted inputs`;
  const orphaned = s.orphaned ? `; ${outputs(s.orphaned)} left in place, not in all.nq (--prune removes them)` : '';
  const pruned = s.pruned ? `; ${outputs(s.pruned)} removed (--prune)` : '';
  return `faktum run: ${s.processed} processed, ${s.skipped} skipped${skipped}, ${s.failed} failed${failed} in ${s.seconds.toFixed(1)} s (${rate} docs/s) -> ${s.out}${orphaned}${pruned}`;
}

/**
 * `faktum run <inputs...> --out <dir> [options]`. Returns the exit code: 0 when every input was processed or
 * skipped, 1 when any input failed (each is in errors.jsonl), 2 for bad options or missing inputs.
 */
export async function runCommand(args: string[]): Promise<number> {
  const cmd = runOptions();
  try {
    cmd.parse(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      process.stderr.write(`faktum run: ${error.message.replace(/^error: /, '')}\n`);
      return 2;
    }
    throw error;
  }
  const opts = cmd.opts<RunOptions>();
  const inputs = cmd.args;
  const usage = (message: string) => {
    process.stderr.write(`faktum run: ${message}\n`);
    return 2;
  };
  if (!inputs.length) return usage('no inputs given: name files, folders, or - for standard input');
  for (const input of inputs) if (input !== '-' && !existsSync(input)) return usage(`no such file or folder: ${input}`);
  if (inputs.filter((i) => i === '-').length > 1) return usage('- (standard input) can be given once');
  for (const kb of opts.kb) if (!existsSync(kb)) return usage(`no such KB file: ${kb}`);
  if (opts.data !== undefined && !existsSync(opts.data)) return usage(`no such data folder: ${opts.data}`);
  // Through the environment: the relaunched process and the worker threads inherit it (src/kb/shared-tables.ts).
  if (opts.data !== undefined) process.env.FAKTUM_DATA = resolve(opts.data);
  // A bad KB file is a usage error found once, before any document, not one failure per document.
  // Imported only then: loading the KB module reads the shipped KB, which a run without --kb leaves to the workers.
  const kbProblems = opts.kb.length ? (await import('../pipeline/resources.js')).getKb(opts.kb).errors : [];
  if (kbProblems.length) return usage(`bad KB file:\n${kbProblems.map((e) => `${e.file}:${e.line}: ${e.reason}`).join('\n')}`);
  if (opts.lang && !/^[a-z]{2}$/.test(opts.lang)) return usage(`--lang takes a two-letter code (de, en), not "${opts.lang}"`);
  const jobs = opts.jobs ?? defaultJobs(inputs);
  // Worker threads run best with faktum's V8 flags (src/batch/v8-flags.ts): start Node again with them. Not for a
  // run in this thread (one article: the new process would cost more than the flags save).
  if (jobs > 1 && startedAsFaktum()) {
    const code = await relaunch(['run', ...args]);
    if (code !== undefined) return code;
  }
  try {
    const summary = await runBatch({
      inputs,
      out: opts.out,
      pipeline: opts.pipeline,
      kbFiles: opts.kb,
      jobs,
      inThread: jobs === 1 && oneArticleInput(inputs),
      docSeconds: opts.docSeconds,
      fsync: opts.fsync,
      force: opts.force,
      prune: opts.prune,
      lang: opts.lang,
      textKey: opts.textKey,
      idKey: opts.idKey,
      shard: opts.shard,
      maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
      progress: opts.progress && process.stderr.isTTY === true,
    });
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ ...summary, seconds: Number(summary.seconds.toFixed(3)) })}\n`);
    } else {
      process.stdout.write(`${formatSummary(summary)}\n`);
    }
    if (opts.report) {
      const { ReportUsageError, writeReport } = await import('../report/index.js');
      const report = await writeReport({ outDir: summary.out, reportDir: join(summary.out, 'report') }).catch((e: Error) => {
        if (e instanceof ReportUsageError) throw new BatchUsageError(e.message);
        throw e;
      });
      process.stderr.write(`faktum run: report of ${report.articles} articles in ${report.reportDir}/index.html\n`);
      if (report.problems.length) return 1;
    }
    return summary.failed ? 1 : 0;
  } catch (error) {
    if (error instanceof BatchUsageError) return usage(error.message);
    throw error;
  }
}
