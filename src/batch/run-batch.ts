import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { Batcher } from './batcher.js';
import type { BatchOptions, BatchSummary, Pending } from './batch-types.js';
import { lockOutput } from './lock.js';
import { removeUnusedSegments, QuadsOrder } from './nq-parts.js';
import { RunLog, type Failure } from './run-log.js';
import { inputSource, settleOrphans } from './orphans.js';
import { plan, type PlanContext } from './plan.js';
import { prepareOutput } from './prepare-output.js';
import { createRunner, type TaskRunner } from './pool.js';
import { createProgress } from './progress.js';
import { isRecordFile, readRecords } from './records.js';
import { BatchUsageError, pipelineRoutes } from './routes.js';
import { openRunFiles } from './run-files.js';
import { shortHash } from './short-hash.js';
import { inShard } from './shard.js';
import { countInputs, walkInputs } from './walk.js';

export { BatchUsageError } from './routes.js';
export type { BatchOptions, BatchSummary } from './batch-types.js';

/** Default seconds a document may take in a worker (`--doc-seconds`). */
export const DEFAULT_DOC_SECONDS = 120;

/**
 * Runs pipelines over every input: the main thread walks inputs, reads their bytes and decides what is to do; worker
 * threads decode, detect the language, extract and write each document, in tasks of several documents. Outcomes
 * are recorded in input order (output does not depend on `jobs`): the manifest line of each finished article,
 * `errors.jsonl`, `skipped.jsonl`, and at the end `all.nq`, assembled from the articles' N-Quads segments. Bad
 * inputs are recorded and the run goes on; one run at a time writes a folder (its lock).
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = Date.now();
  const out = resolve(options.out);
  const { routes, fallback } = pipelineRoutes(options.pipeline);
  if (options.lang && !routes.has(options.lang)) throw new BatchUsageError(`--lang ${options.lang}: no pipeline for it (known: ${[...routes.keys()].join(', ')})`);
  const kbFiles = (options.kbFiles ?? []).map((f) => resolve(f));
  const runner = createRunner(options.inThread ? 1 : Math.max(1, options.jobs), { threads: !options.inThread });
  let unlock = () => {};
  try {
    // A pipeline the user named that cannot be opened is a usage error, found once before any document (exit 2).
    if (options.pipeline) {
      const opened = await runner.run({ kind: 'fingerprint', pipeline: fallback, kbFiles, apiModule: options.apiModule }).catch((e: Error) => ({ ok: false as const, reason: e.message, ruleId: 'pipeline' }));
      if (!opened.ok) throw new BatchUsageError(`pipeline ${fallback} cannot be opened: ${opened.reason.replace(/^pipeline \S+ cannot be opened: /, '')}`);
    }
    prepareOutput(out);
    const suffix = options.shard && options.shard.count > 1 ? `.shard-${options.shard.index}-of-${options.shard.count}` : '';
    unlock = lockOutput(out, suffix, options.warn ?? ((m) => process.stderr.write(`faktum run: ${m}\n`)));
    return await runLocked({ options, out, suffix, routes, fallback, started, kbFiles, runner });
  } finally {
    await runner.close();
    unlock();
  }
}

interface Run {
  options: BatchOptions;
  out: string;
  suffix: string;
  routes: Map<string, string>;
  fallback: string;
  started: number;
  kbFiles: string[];
  runner: TaskRunner;
}

async function runLocked({ options, out, suffix, routes, fallback, started, kbFiles, runner }: Run): Promise<BatchSummary> {
  const fingerprints = new Map<string, Promise<string | undefined>>();
  const fingerprintOf = (pipeline: string) => {
    let found = fingerprints.get(pipeline);
    if (!found) {
      found = runner.run({ kind: 'fingerprint', pipeline, kbFiles, apiModule: options.apiModule }).then((r) => (r.ok ? r.fingerprint : undefined), () => undefined);
      fingerprints.set(pipeline, found);
    }
    return found;
  };
  const { manifest, runFiles } = await openRunFiles(out, suffix);
  const summary: BatchSummary = { processed: 0, skipped: 0, failed: 0, upToDate: 0, otherLanguage: 0, notArticle: 0, orphaned: 0, pruned: 0, out, seconds: 0 };
  const log = new RunLog(out, runFiles, summary);
  const fail = (p: Failure) => log.fail(p);
  const skip = (line: object) => log.skip(line);
  const warn = options.warn ?? ((m: string) => process.stderr.write(`faktum run: ${m}\n`));
  const progress = createProgress(options.progress);
  const walkOptions = { exclude: [realpathSync(out)] };
  if (options.progress ?? process.stderr.isTTY) void countInputs(options.inputs, walkOptions).then((n) => progress.setTotal(n), () => {});
  const routing = { routes: [...routes], fallback, ...(options.lang ? { lang: options.lang } : {}) };
  const fsync = options.fsync === true;
  const batcher = new Batcher({
    runner, kbFiles, apiModule: options.apiModule, routing, out, shardSuffix: suffix, fsync,
    slots: options.inThread ? 1 : Math.max(1, options.jobs), budgetSeconds: options.docSeconds ?? DEFAULT_DOC_SECONDS, claim: (outputs) => manifest.claim(outputs),
  });
  const context: PlanContext = { out, force: options.force === true, manifest, fingerprintOf, routing: JSON.stringify([options.lang ?? '', options.pipeline ?? '']), batcher, claimed: new Set() };
  const order = new QuadsOrder(out, runFiles.nq);
  const queue: Pending[] = [];
  const maxQueued = Math.max(2, options.jobs) * 3 * 16;

  /** Records the oldest pending input (waiting for its outcome): this keeps what is recorded in input order. */
  const drainOne = async () => {
    const p = queue.shift()!;
    if (p.kind === 'failed') fail(p);
    else if (p.kind === 'not-article') {
      summary.notArticle++;
      skip({ file: p.file, reason: p.reason });
    } else if (p.kind === 'done') {
      if (p.entry) manifest.record([p.entry]);
      summary.skipped++;
      summary.upToDate++;
      order.add(p.nq);
    } else {
      if (!p.sent()) batcher.flush();
      const o = await p.outcome;
      if (o.kind === 'failed') fail({ ...p, reason: o.reason, ruleId: o.ruleId, place: o.place });
      else if (o.kind === 'language') {
        summary.otherLanguage++;
        skip({ file: p.file, record: p.key, reason: `language ${o.lang} has no pipeline` });
      } else {
        const nq: [string, number, number] = [o.segment ?? '', ...o.nq];
        manifest.record([{ input: p.key, sha256: p.sha256, pipeline: o.fingerprint, route: o.pipeline, routing: context.routing, output: p.rel, nq, ...p.source }]);
        order.add(nq);
        summary.processed++;
      }
    }
    progress.tick({ done: summary.processed + summary.skipped + summary.failed, failed: summary.failed });
  };

  try {
    for await (const item of walkInputs(options.inputs, walkOptions)) {
      // Single-article files outside the shard are not even read.
      if (item.kind === 'file' && !isRecordFile(item.rel) && !inShard(item.rel, options.shard)) continue;
      const source = inputSource(item);
      for await (const record of readRecords(item, { ...options, raw: true, accept: (key) => inShard(key, options.shard) })) {
        queue.push(await plan(record, context, source));
        while (queue.length >= maxQueued) await drainOne();
      }
    }
    batcher.flush();
    while (queue.length) await drainOne();
    const problems = order.assemble();
    for (const problem of problems) process.stderr.write(`faktum run: ${runFiles.nq}: left out the N-Quads of an unreadable segment: ${problem}\n`);
    // Outputs of this shard's earlier inputs that are gone from disk (all.nq holds this run's inputs only).
    const claimed = (output: string) => context.claimed.has(shortHash(output));
    Object.assign(summary, await settleOrphans(manifest, out, claimed, options.prune === true, warn));
  } finally {
    order.close();
    progress.stop();
    log.close();
    await manifest.close();
  }
  removeUnusedSegments(out, suffix, manifest.segments());
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
