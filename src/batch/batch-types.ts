import type { DocOutcome } from './doc-task.js';
import type { ManifestEntry } from './manifest-lines.js';
import type { InputSource } from './orphans.js';
import type { Shard } from './shard.js';

/** Options of a batch run (the `faktum run` flags). */
export interface BatchOptions {
  inputs: string[];
  out: string;
  /** Pipeline for the language it is written for (default: de-news for German, en-news for English). */
  pipeline?: string;
  kbFiles?: string[];
  /** Worker threads. */
  jobs: number;
  /** Run the documents in this thread instead of a worker (a one-article run: no thread to start). */
  inThread?: boolean;
  force?: boolean;
  /**
   * Remove the outputs (and manifest lines) of this shard's inputs that are gone from disk since an earlier run
   * (orphans.ts); without it they are counted in `orphaned` and left alone.
   */
  prune?: boolean;
  /** Language of every input, instead of detecting it. */
  lang?: string;
  textKey?: string;
  idKey?: string;
  shard?: Shard;
  maxBytes: number;
  /** Seconds a document may take in a worker before it fails (default 120). */
  docSeconds?: number;
  /**
   * Flush each article's JSON-LD file to disk before it takes its name (default false: renaming alone already keeps
   * it whole through a crash of faktum; the N-Quads segments, all.nq and the compacted manifest are always flushed).
   */
  fsync?: boolean;
  /** API module for the pipeline (tests hand in a fake). */
  apiModule?: string;
  /** Show a progress bar (default: when standard error is a terminal). */
  progress?: boolean;
  stdin?: NodeJS.ReadableStream;
  /** Where warnings go (a lock taken over); standard error by default. */
  warn?: (message: string) => void;
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
  /** Outputs of earlier runs whose input file is gone: left in place, out of all.nq (`--prune` removes them). */
  orphaned: number;
  /** Such outputs removed, with their manifest lines (`--prune`). */
  pruned: number;
  out: string;
  seconds: number;
}

/** One input's place in the output queue, recorded in input order. */
export type Pending =
  | { kind: 'failed'; file: string; key: string; reason: string; ruleId: string; place?: string }
  | { kind: 'not-article'; file: string; key: string; reason: string }
  /** Up to date; `entry` is its manifest line to write anew when the input was done from another place. */
  | { kind: 'done'; key: string; file: string; nq: [string, number, number]; entry?: ManifestEntry }
  | {
      kind: 'extract'; key: string; file: string; rel: string; sha256: string; source: InputSource;
      outcome: Promise<DocOutcome>;
      /** Whether the document's task has been sent (else it must be, before waiting for the outcome). */
      sent: () => boolean;
    };
