import { createWriteStream, existsSync, realpathSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { detectLanguage } from './lang.js';
import { shortHash } from './manifest.js';
import type { BatchOptions, BatchSummary, Pending } from './batch-types.js';
import { close, openRunFiles, write } from './run-files.js';
import { outputTarget } from './output.js';
import { createRunner, type TaskRunner } from './pool.js';
import { createProgress } from './progress.js';
import { isRecordFile, readRecords, type ArticleRecord } from './records.js';
import { BatchUsageError, pipelineRoutes } from './routes.js';
import { inShard } from './shard.js';
import type { Task, TaskResult } from './tasks.js';
import { countInputs, walkInputs } from './walk.js';
import { isFaktumOutput } from './ownership.js';

export { BatchUsageError } from './routes.js';
export type { BatchOptions, BatchSummary } from './batch-types.js';

/**
 * Runs pipelines over every input: streamed, in a bounded number of tasks in flight, results written in input
 * order (so output does not depend on `jobs`). Writes one JSON-LD file per article, `all.nq`, `errors.jsonl`,
 * `skipped.jsonl` and the manifest. Bad inputs are recorded and the run goes on.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = Date.now();
  const out = resolve(options.out);
  const { routes, fallback } = pipelineRoutes(options.pipeline);
  if (options.lang && !routes.has(options.lang)) throw new BatchUsageError(`--lang ${options.lang}: no pipeline for it (known: ${[...routes.keys()].join(', ')})`);
  const kbFiles = (options.kbFiles ?? []).map((f) => resolve(f));
  const runner: TaskRunner = createRunner(options.jobs);
  // A pipeline that cannot be opened fails the documents routed to it; the others go on.
  const fingerprints = new Map<string, Promise<TaskResult>>();
  const fingerprintOf = (pipeline: string): Promise<TaskResult> => {
    let found = fingerprints.get(pipeline);
    if (!found) {
      found = runner
        .run({ kind: 'fingerprint', pipeline, kbFiles, apiModule: options.apiModule })
        .catch((error: Error): TaskResult => ({ ok: false, reason: `pipeline ${pipeline} cannot be opened: ${error.message}`, ruleId: 'pipeline' }));
      fingerprints.set(pipeline, found);
    }
    return found;
  };
  // A pipeline the user named that cannot be opened is a usage error, found once before any document (exit 2), not
  // one failure per document; the built-in routes keep failing only the documents routed to them.
  if (options.pipeline) {
    const opened = await fingerprintOf(fallback);
    if (!opened.ok) {
      await runner.close();
      throw new BatchUsageError(opened.reason);
    }
  }
  await mkdir(out, { recursive: true });
  const { manifest, runFiles } = await openRunFiles(out, options.shard);

  const nq = createWriteStream(join(out, runFiles.nq));
  const errors = createWriteStream(join(out, runFiles.errors));
  const skippedLog = createWriteStream(join(out, runFiles.skipped));
  const summary: BatchSummary = { processed: 0, skipped: 0, failed: 0, upToDate: 0, otherLanguage: 0, notArticle: 0, out, seconds: 0 };
  const progress = createProgress(options.progress);
  const walkOptions = { exclude: [realpathSync(out)] };
  if (options.progress ?? process.stderr.isTTY) void countInputs(options.inputs, walkOptions).then((n) => progress.setTotal(n), () => {});
  // Outputs of this run, as digests (a million-file run holds a million of them).
  const claimed = new Set<string>();
  const queue: Pending[] = [];
  const maxInFlight = Math.max(4, options.jobs * 4);
  // Consecutive outputs mostly share a folder: create it once.
  let lastDir = '';

  const fail = (p: { file: string; key: string; reason: string; ruleId: string; place?: string }) => {
    summary.failed++;
    const record = p.key !== p.file && !p.file.endsWith(p.key) ? { record: p.key } : {};
    errors.write(`${JSON.stringify({ file: p.file, ...record, reason: p.reason, ruleId: p.ruleId, place: p.place ?? null })}\n`);
  };

  /** Writes the oldest pending result (waiting for it): this is what keeps the output in input order. */
  const drainOne = async () => {
    const p = queue.shift()!;
    if (p.kind === 'failed') fail(p);
    else if (p.kind === 'language') {
      summary.skipped++;
      summary.otherLanguage++;
      skippedLog.write(`${JSON.stringify({ file: p.file, record: p.key, reason: `language ${p.lang} has no pipeline` })}\n`);
    } else if (p.kind === 'not-article') {
      summary.skipped++;
      summary.notArticle++;
      skippedLog.write(`${JSON.stringify({ file: p.file, reason: p.reason })}\n`);
    } else {
      const result = await p.result;
      if (!result.ok) fail({ ...p, reason: result.reason, ruleId: result.ruleId, place: result.place });
      else if (p.kind === 'done') {
        summary.skipped++;
        summary.upToDate++;
        await write(nq, result.nquads ?? '');
      } else {
        const dir = dirname(p.abs);
        try {
          if (dir !== lastDir) await mkdir(dir, { recursive: true });
          lastDir = dir;
          await writeFile(p.abs, result.jsonld ?? '');
        } catch (error) {
          // One output that cannot be written (a name the file system refuses, a folder in the way) fails its
          // document alone; the batch goes on.
          const { code, message } = error as NodeJS.ErrnoException;
          fail({ ...p, reason: `cannot write ${p.rel}: ${code ?? ''} ${message}`.replace(/\s+/g, ' '), ruleId: 'write' });
          return;
        }
        await write(nq, result.nquads ?? '');
        manifest.record({ input: p.key, sha256: p.sha256, pipeline: p.fingerprint, output: p.rel });
        summary.processed++;
      }
    }
    progress.tick({ done: summary.processed + summary.skipped + summary.failed, failed: summary.failed });
  };

  const plan = async (record: ArticleRecord): Promise<Pending> => {
    if (!record.ok && record.ruleId === 'not-article') return { kind: 'not-article', file: record.file, key: record.key, reason: record.reason };
    if (!record.ok) return { kind: 'failed', ...record };
    const target = outputTarget(out, record.outRel);
    if (!target.ok) return { kind: 'failed', file: record.file, key: record.key, reason: target.reason, ruleId: 'unsafe-name' };
    if (claimed.has(shortHash(target.rel))) return { kind: 'failed', file: record.file, key: record.key, reason: `output ${target.rel} is already written by another input of this run`, ruleId: 'output-collision' };
    let lang = options.lang;
    if (!lang) {
      const detected = detectLanguage(record.text).lang;
      lang = detected === 'und' ? (record.meta.lang ?? 'und') : detected;
    }
    const pipeline = lang === 'und' ? fallback : routes.get(lang);
    if (!pipeline) return { kind: 'language', file: record.file, key: record.key, lang };
    claimed.add(shortHash(target.rel));
    const opened = await fingerprintOf(pipeline);
    if (!opened.ok || !opened.fingerprint) {
      claimed.delete(shortHash(target.rel));
      return { kind: 'failed', file: record.file, key: record.key, reason: opened.ok ? `pipeline ${pipeline} has no fingerprint` : opened.reason, ruleId: 'pipeline' };
    }
    const fingerprint = opened.fingerprint;
    const entry = { input: record.key, sha256: record.sha256, pipeline: fingerprint, output: target.rel };
    const task = { pipeline, kbFiles, apiModule: options.apiModule };
    // Caught at once: a rejection waiting in the queue would otherwise count as unhandled and end the process.
    const run = (t: Task): Promise<TaskResult> =>
      runner.run(t).catch((error: Error): TaskResult => ({ ok: false, reason: `internal error: ${error.message}`, ruleId: 'crash' }));
    if (!options.force && manifest.isDone(entry) && existsSync(target.abs)) {
      return { kind: 'done', key: record.key, file: record.file, result: run({ ...task, kind: 'nquads', jsonldPath: target.abs }) };
    }
    if (existsSync(target.abs) && !manifest.owns(target.rel) && !isFaktumOutput(target.abs)) {
      return { kind: 'failed', file: record.file, key: record.key, reason: `refusing to overwrite ${target.abs}: not written by faktum (not in the manifest, no faktum provenance)`, ruleId: 'not-ours' };
    }
    const meta = { ...record.meta, lang: lang === 'und' ? undefined : lang };
    if (meta.lang === undefined) delete meta.lang;
    const result = run({ ...task, kind: 'extract', text: record.text, meta });
    return { kind: 'extract', key: record.key, file: record.file, abs: target.abs, rel: target.rel, sha256: record.sha256, fingerprint, result };
  };

  try {
    for await (const item of walkInputs(options.inputs, walkOptions)) {
      // Single-article files outside the shard are not even read.
      if (item.kind === 'file' && !isRecordFile(item.rel) && !inShard(item.rel, options.shard)) continue;
      for await (const record of readRecords(item, { ...options, accept: (key) => inShard(key, options.shard) })) {
        queue.push(await plan(record));
        while (queue.length >= maxInFlight) await drainOne();
      }
    }
    while (queue.length) await drainOne();
  } finally {
    progress.stop();
    await Promise.all([close(nq), close(errors), close(skippedLog), manifest.close(), runner.close()]);
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
