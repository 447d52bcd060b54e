import { Queue } from 'bullmq';
import { readRecords, type ReadOptions } from '../batch/records.js';
import { walkInputs } from '../batch/walk.js';
import { redisConnection } from './connection.js';
import { articleJobId, jobData, MAX_JOB_TEXT_BYTES, type ArticleJobData } from './job.js';

/** How jobs are retried: a crash (a worker thread that died, the store gone for longer than its wait) is tried again. */
export const JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
  // Done jobs stay (without their text, see worker.ts): their ids are what makes adding again queue nothing new.
  removeOnComplete: false,
  removeOnFail: false,
} as const;

/** An input that could not be queued, in the fields of `errors.jsonl`. */
export interface AddFailure {
  file: string;
  record?: string;
  reason: string;
  ruleId: string;
  place: string | null;
}

/** What `faktum queue add` did. */
export interface AddSummary {
  added: number;
  /** Articles already queued (or done) under the same id. */
  alreadyQueued: number;
  failed: AddFailure[];
}

/**
 * Queues one job per article of the inputs (folders, files, `-`), read as `faktum run` reads them, `batch` jobs per
 * round trip. Ids come from the content (job.ts): adding the same inputs twice adds nothing.
 */
export async function addInputs(inputs: string[], options: { redis: string; queue: string; read: ReadOptions; batch?: number }): Promise<AddSummary> {
  const connection = redisConnection(options.redis, true);
  const queue = new Queue<ArticleJobData>(options.queue, { connection });
  const summary: AddSummary = { added: 0, alreadyQueued: 0, failed: [] };
  let pending: ArticleJobData[] = [];
  const flush = async () => {
    const ids = pending.map((d) => articleJobId(d.outRel, d.sha256));
    const exists = await Promise.all(ids.map((id) => connection.exists(queue.toKey(id))));
    const fresh = pending.filter((_, i) => !exists[i]);
    summary.alreadyQueued += pending.length - fresh.length;
    if (fresh.length) await queue.addBulk(fresh.map((data) => ({ name: 'article', data, opts: { ...JOB_OPTIONS, jobId: articleJobId(data.outRel, data.sha256) } })));
    summary.added += fresh.length;
    pending = [];
  };
  const maxBytes = Math.min(options.read.maxBytes, MAX_JOB_TEXT_BYTES);
  try {
    for await (const item of walkInputs(inputs)) {
      for await (const record of readRecords(item, { ...options.read, maxBytes })) {
        if (!record.ok) {
          if (record.ruleId === 'not-article') continue;
          const named = record.key !== record.file && !record.file.endsWith(record.key) ? { record: record.key } : {};
          summary.failed.push({ file: record.file, ...named, reason: record.reason, ruleId: record.ruleId, place: record.place ?? null });
          continue;
        }
        pending.push(jobData(record));
        if (pending.length >= (options.batch ?? 200)) await flush();
      }
    }
    await flush();
  } finally {
    await queue.close();
    connection.disconnect();
  }
  return summary;
}
