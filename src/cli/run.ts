import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { BatchUsageError, DEFAULT_DOC_SECONDS, runBatch, type BatchSummary } from '../batch/run-batch.js';
import { isRecordFile } from '../batch/records.js';
import { parseShard, type Shard } from '../batch/shard.js';
import { oneArticleInput } from './one-article.js';
import { relaunch, startedAsFaktum } from './relaunch.js';
import { join, resolve } from 'node:path';

/** Default for `--max-bytes`: larger single articles are almost always not articles. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} takes a whole number >= 1, not "${value}"`);
    return n;
  };
}

function byteSize(value: string): number {
  const match = /^(\d+)\s*([kmg]i?b?)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`--max-bytes takes a size such as 5000000 or 5M, not "${value}"`);
  const unit = (match[2] ?? '').toLowerCase()[0];
  return Number(match[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1);
}

function shardOption(value: string): Shard {
  const shard = parseShard(value);
  if (typeof shard === 'string') throw new InvalidArgumentError(shard);
  return shard;
}

function command(): Command {
  return new Command('faktum run')
    .description('Extract entities and relations from articles into JSON-LD, one file per article plus all.nq')
    .argument('[inputs...]', 'files, folders (walked recursively) or - for standard input')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('-p, --pipeline <name|file>', 'pipeline for its language (default: de-news for German, en-news for English)')
    .option('--kb <file>', 'extra knowledge-base file (JSONL); repeatable', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--data <dir>', 'the open data folder whose Wikidata tables the KB reads at run time (default: ../shared/data beside faktum, or FAKTUM_DATA)')
    .option('-j, --jobs <n>', 'worker threads (default: one per core beyond the first)', positiveInt('--jobs'))
    .option('--force', 'redo inputs that the manifest records as done')
    .option('--prune', 'remove the outputs (and manifest lines) of inputs deleted since an earlier run into --out; without it they are left in place, counted in the summary, and left out of all.nq and faktum query')
    .option('--lang <lang>', 'language of every input (de or en) instead of detecting it')
    .option('--text-key <key>', 'JSON/JSONL field holding the article text (default: text)')
    .option('--id-key <key>', 'JSON/JSONL field naming the record in output names (default: id, else the line number)')
    .option('--shard <i/n>', 'take share i of n of the inputs (0 <= i < n), for job arrays', shardOption)
    .option('--max-bytes <n>', `largest input read (default: ${DEFAULT_MAX_BYTES}; suffixes K, M, G)`, byteSize)
    .option('--doc-seconds <n>', `seconds a document may take before it fails alone (default: ${DEFAULT_DOC_SECONDS})`, positiveInt('--doc-seconds'))
    .option('--fsync', 'flush each article file to disk before it takes its name (slower; without it outputs are still never torn by a crash of faktum, and a power loss that empties recent ones is noticed by the rerun)')
    .option('--report', 'also write the HTML report of the run to <out>/report/ (faktum report)')
    .option('--json', 'print the summary as one JSON object on the last line')
    .option('--no-progress', 'no progress bar even on a terminal')
    .allowExcessArguments(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: () => {} });
}

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
  const cmd = command();
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
  const opts = cmd.opts<{
    out: string; pipeline?: string; kb: string[]; data?: string; jobs?: number; force?: boolean; prune?: boolean; lang?: string; textKey?: string;
    idKey?: string; shard?: Shard; maxBytes?: number; json?: boolean; progress: boolean; docSeconds?: number; fsync?: boolean; report?: boolean;
  }>();
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
