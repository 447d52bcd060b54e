import { createHash } from 'node:crypto';
import type { ArticleRecord, RecordMeta } from '../batch/records.js';

/**
 * Largest article text a job carries, in bytes. Redis takes values up to 512 MB (`proto-max-bulk-len`), but each
 * job is held in Redis memory until it is done: articles are capped by the same `--max-bytes` as `faktum run`
 * (16 MiB by default), and this is the hard ceiling even when `--max-bytes` is raised.
 */
export const MAX_JOB_TEXT_BYTES = 64 * 1024 * 1024;

/** What a job holds: one article, as read by `faktum run`'s readers. */
export interface ArticleJobData {
  /** The input's key (relative path, or `file.jsonl#id` for records): what errors name. */
  key: string;
  file: string;
  /** Output name without extension, relative to the worker's `--out`. */
  outRel: string;
  sha256: string;
  /** The text; removed once the result is written, so done jobs take little Redis memory. */
  text?: string;
  meta: RecordMeta;
  /** Where the result went (a file or a graph), set once it is written: a retry after that only acknowledges. */
  written?: string;
  /** Why the job failed for good (set just before it is failed). */
  failure?: { ruleId: string; place?: string };
}

/**
 * The job id of an article: a hash of its output name and its content. Adding the same inputs again gives the same
 * ids, which BullMQ does not queue twice; a changed article (or another name) is a new job.
 */
export function articleJobId(outRel: string, sha256: string): string {
  return `a${createHash('sha256').update(`${outRel}\0${sha256}`).digest('hex').slice(0, 40)}`;
}

/** The job of a record that could be read. */
export function jobData(record: Extract<ArticleRecord, { ok: true }>): ArticleJobData {
  return { key: record.key, file: record.file, outRel: record.outRel, sha256: record.sha256, text: record.text, meta: record.meta };
}
