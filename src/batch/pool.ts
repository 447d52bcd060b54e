import { compiledSibling } from '../pipeline/root.js';
import { runTask, type Task, type TaskResult } from './tasks.js';

/**
 * Old-generation heap limit of each worker thread, in MB. V8 lets the heap grow by a smaller factor after each full
 * collection the lower the limit. 512 MB ran two workers faster in one comparison (4 interleaved pairs of bench
 * runs: +9%) but raised the bench's peak memory from 457 to 488 MB in the next bench run: not taken.
 */
export const WORKER_HEAP_MB = 256;

/**
 * Young-generation limit of each worker thread, in MB. V8's default for a thread (48 MB) is mostly garbage
 * between scavenges: 24 MB lowered a two-thread benchmark's peak from about 515 to 465 MB at the same speed
 * (8 MB saved more memory but collected so often that the pipeline ran about 8% slower).
 */
export const WORKER_YOUNG_MB = 24;

/** Runs tasks: in worker threads, or in this thread for `--jobs 1`. */
export interface TaskRunner {
  /** Runs a task; `signal` aborts it (a running task's thread is stopped and replaced). */
  run(task: Task, signal?: AbortSignal): Promise<TaskResult>;
  close(): Promise<void>;
}

/** The compiled worker file (threads load plain JavaScript: under vitest, the copy in dist/). */
export function workerFile(): string {
  return compiledSibling(import.meta.url, 'worker.js');
}

/**
 * A task runner for `jobs` threads. One job runs in this thread: no thread start-up, and the same code path
 * the threads take (`threads: true` forces a thread even then, for benchmarks). Piscina's queue is unbounded;
 * the batch bounds what is in flight itself.
 */
export function createRunner(jobs: number, options: { threads?: boolean } = {}): TaskRunner {
  if (jobs <= 1 && !options.threads) return { run: (task) => runTask(task), close: async () => {} };
  const filename = workerFile();
  // Piscina loads on first use: a run over one file stays in this thread and never needs it.
  const start = async () => {
    const { Piscina } = await import('piscina');
    return new Piscina({
      filename,
      minThreads: jobs,
      maxThreads: jobs,
      idleTimeout: 60_000,
      // V8 lets a busy thread's heap grow far past what it holds live (about 90 MB): the caps bound it (their
      // constants say why these sizes). A document that needs more fails alone ("internal error"), and Piscina
      // replaces the thread.
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
  };
  let pool: ReturnType<typeof start> | undefined;
  return {
    run: async (task, signal) => (await (pool ??= start())).run(task, signal ? { signal } : {}) as Promise<TaskResult>,
    close: async () => {
      if (pool) await (await pool).destroy();
    },
  };
}
