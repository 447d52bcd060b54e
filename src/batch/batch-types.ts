import type { Shard } from './shard.js';
import type { TaskResult } from './tasks.js';

/** Options of a batch run (the `faktum run` flags). */
export interface BatchOptions {
  inputs: string[];
  out: string;
  /** Pipeline for the language it is written for (default: de-news for German, en-news for English). */
  pipeline?: string;
  kbFiles?: string[];
  jobs: number;
  force?: boolean;
  /** Language of every input, instead of detecting it. */
  lang?: string;
  textKey?: string;
  idKey?: string;
  shard?: Shard;
  maxBytes: number;
  /** API module for the pipeline (tests hand in a fake). */
  apiModule?: string;
  /** Show a progress bar (default: when standard error is a terminal). */
  progress?: boolean;
  stdin?: NodeJS.ReadableStream;
}

/** What a run did. `skipped` = `upToDate` (done by an earlier run) + `otherLanguage` + `notArticle`. */
export interface BatchSummary {
  processed: number;
  skipped: number;
  failed: number;
  upToDate: number;
  otherLanguage: number;
  /** JSON files found in folders that hold no article (no text field). */
  notArticle: number;
  out: string;
  seconds: number;
}

/** One input's place in the output queue, written in input order. */
export type Pending =
  | { kind: 'failed'; file: string; key: string; reason: string; ruleId: string; place?: string }
  | { kind: 'language'; file: string; key: string; lang: string }
  | { kind: 'not-article'; file: string; key: string; reason: string }
  | { kind: 'done'; result: Promise<TaskResult>; key: string; file: string }
  | { kind: 'extract'; result: Promise<TaskResult>; key: string; file: string; abs: string; rel: string; sha256: string; fingerprint: string };
