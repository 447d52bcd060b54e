import { hostname } from 'node:os';
import { pid } from 'node:process';
import { MetricsTime, UnrecoverableError, Worker, type Job } from 'bullmq';
import { createRunner } from '../batch/pool.js';
import { StoreError } from '../store/graph-store.js';
import { redisConnection } from './connection.js';
import type { ArticleJobData } from './job.js';
import { extractJob, type Routing } from './process.js';
import { RefusedWrite, type Sink } from './sinks.js';
import { WORKER_STATS_KEY } from './status.js';

/** Options of {@link startWorker} (the `faktum worker` flags). */
export interface WorkerOptions {
  redis: string;
  queue: string;
  sink: Sink;
  routing: Routing;
  /** Pipeline threads (as `faktum run --jobs`). */
  jobs: number;
  /** A job's lock; a worker that stops renewing it (killed, machine gone) has its jobs taken over after this long. */
  lockMs: number;
  name?: string;
  log?: (line: string) => void;
}

/** What a job gives back: where its result went, or why it was skipped. */
export type JobResult = { output: string } | { skipped: string };

/** A running worker; `close()` finishes the jobs it holds, `close(true)` leaves them for stalled-job recovery. */
export interface RunningWorker {
  name: string;
  close(force?: boolean): Promise<void>;
}

/** Ends a job for good, with the fields `faktum queue failed` lists. */
async function failForGood(job: Job<ArticleJobData>, reason: string, ruleId: string, place?: string): Promise<never> {
  await job.updateData({ ...job.data, failure: { ruleId, ...(place ? { place } : {}) } });
  throw new UnrecoverableError(reason);
}

/**
 * Starts a BullMQ worker on the queue: each job's article goes through the same worker pool as `faktum run`, its
 * result into the sink, and only then is the job acknowledged (so a killed worker's jobs are redone elsewhere).
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const name = options.name ?? `${hostname()}:${pid}`;
  const log = options.log ?? (() => {});
  const runner = createRunner(options.jobs);
  const connection = redisConnection(options.redis);
  const processJob = async (job: Job<ArticleJobData>): Promise<JobResult> => {
    // Written before a crash that came between the write and the acknowledgement: acknowledge only.
    if (job.data.written) return { output: job.data.written };
    const extracted = await extractJob(job.data, runner, options.routing);
    if (extracted.kind === 'skipped') return { skipped: extracted.reason };
    if (extracted.kind === 'failed') {
      if (extracted.final) return failForGood(job, extracted.reason, extracted.ruleId, extracted.place);
      throw new Error(extracted.reason);
    }
    let output: string;
    try {
      output = await options.sink.write(job.data.outRel, extracted);
    } catch (error) {
      if (error instanceof RefusedWrite) return failForGood(job, error.message, error.ruleId);
      if (error instanceof StoreError && !error.retry) return failForGood(job, error.message, 'store');
      throw error;
    }
    const { text: _text, ...done } = job.data;
    await job.updateData({ ...done, written: output });
    return { output };
  };
  const worker = new Worker<ArticleJobData, JobResult>(options.queue, processJob, {
    connection,
    name,
    concurrency: Math.max(2, options.jobs * 2),
    lockDuration: options.lockMs,
    stalledInterval: options.lockMs,
    maxStalledCount: 2,
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  });
  const stats = worker.toKey(WORKER_STATS_KEY);
  const count = async (field: string) => {
    await connection.multi().hincrby(stats, `${name}|${field}`, 1).hset(stats, `${name}|seen`, Date.now()).exec();
  };
  worker.on('completed', (job, result) => void count('skipped' in result ? 'skipped' : 'done').catch(() => {}));
  worker.on('failed', (job, error) => {
    void count('failed').catch(() => {});
    log(`failed ${job?.data.key ?? '?'}: ${error.message}`);
  });
  worker.on('error', (error) => log(`queue error: ${error.message}`));
  await worker.waitUntilReady();
  log(`worker ${name} on queue ${options.queue}, ${options.jobs} thread(s), results to ${options.sink.describe()}`);
  return {
    name,
    close: async (force = false) => {
      await worker.close(force);
      await runner.close();
      connection.disconnect();
    },
  };
}
