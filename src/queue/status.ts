import { Queue } from 'bullmq';
import { redisConnection } from './connection.js';
import type { ArticleJobData } from './job.js';

/** Hash (under the queue's keys) where each worker counts its jobs: `<name>|done`, `|skipped`, `|failed`, `|seen`. */
export const WORKER_STATS_KEY = 'faktum-workers';

/** One worker as `faktum queue status` shows it. */
export interface WorkerStatus {
  name: string;
  done: number;
  skipped: number;
  failed: number;
  /** Whether it holds a connection to Redis now. */
  connected: boolean;
  lastSeen: string | null;
}

/** The state of a queue. */
export interface QueueStatus {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  done: number;
  failed: number;
  /** Articles done in the last complete minute, and per second over the last five minutes. */
  perMinute: number;
  perSecond5m: number;
  workers: WorkerStatus[];
}

/** Reads the counts, the rate (BullMQ's per-minute metrics) and the per-worker counters of a queue. */
export async function queueStatus(redis: string, name: string): Promise<QueueStatus> {
  const connection = redisConnection(redis, true);
  const queue = new Queue<ArticleJobData>(name, { connection });
  try {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    // BullMQ's per-minute counts of completed jobs, newest first (a minute is recorded once it has ended).
    const metrics = await queue.getMetrics('completed', 0, 4);
    const minutes = metrics.data.slice(0, 5).map(Number);
    const stats = await connection.hgetall(queue.toKey(WORKER_STATS_KEY));
    const connected = new Set((await queue.getWorkers()).map((w) => w.name));
    const names = new Set(Object.keys(stats).map((k) => k.slice(0, k.lastIndexOf('|'))));
    const workers = [...names].sort().map((w) => ({
      name: w,
      done: Number(stats[`${w}|done`] ?? 0),
      skipped: Number(stats[`${w}|skipped`] ?? 0),
      failed: Number(stats[`${w}|failed`] ?? 0),
      connected: connected.has(w),
      lastSeen: stats[`${w}|seen`] ? new Date(Number(stats[`${w}|seen`])).toISOString() : null,
    }));
    return {
      queue: name,
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      done: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      perMinute: minutes[0] ?? 0,
      perSecond5m: minutes.length ? Number((minutes.reduce((a, b) => a + b, 0) / (minutes.length * 60)).toFixed(2)) : 0,
      workers,
    };
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

/** A failed job in the fields of `errors.jsonl` (plus the attempts it took). */
export interface FailedJob {
  file: string;
  record?: string;
  reason: string;
  ruleId: string;
  place: string | null;
  attempts: number;
}

/** The jobs in the failed set, oldest first. */
export async function failedJobs(redis: string, name: string): Promise<FailedJob[]> {
  const connection = redisConnection(redis, true);
  const queue = new Queue<ArticleJobData>(name, { connection });
  try {
    const jobs = await queue.getFailed(0, -1);
    return jobs.reverse().map((job) => {
      const data = job.data as ArticleJobData;
      const named = data.key !== data.file && !data.file.endsWith(data.key) ? { record: data.key } : {};
      const ruleId = data.failure?.ruleId ?? (/stalled/.test(job.failedReason) ? 'stalled' : 'crash');
      return { file: data.file, ...named, reason: job.failedReason, ruleId, place: data.failure?.place ?? null, attempts: job.attemptsMade };
    });
  } finally {
    await queue.close();
    connection.disconnect();
  }
}
