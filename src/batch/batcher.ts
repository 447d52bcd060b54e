import { join } from 'node:path';
import { commitFile, writeFailure } from './atomic-write.js';
import type { DocItem, DocOutcome, Routing } from './doc-task.js';
import type { TaskRunner } from './pool.js';
import { segmentFolder } from './nq-parts.js';

/** Documents per worker task, and the text size at which a task is sent before it has that many. */
export const BATCH_DOCS = 16;
export const BATCH_BYTES = 64 * 1024;

/** What every task of a run shares. */
export interface BatchContext {
  runner: TaskRunner;
  kbFiles: string[];
  apiModule?: string;
  routing: Routing;
  out: string;
  shardSuffix: string;
  fsync: boolean;
  /** Tasks run at once: the worker threads. More wait here, so that a task's time budget starts when it runs. */
  slots: number;
  /** Records the outputs a task is about to write (the manifest's write-ahead claim). */
  claim: (outputs: string[]) => void;
  /** Seconds a task may take before its thread is stopped (each document gets them again when retried alone). */
  budgetSeconds: number;
}

/**
 * Groups documents into worker tasks (a task per document cost more in messages and waiting than the documents
 * took), sends them, and hands each document its own outcome. A task that dies (a bug, a thread over its heap
 * limit, over its time budget) is retried one document per task, so that the document that caused it fails alone.
 */
export class Batcher {
  private items: DocItem[] = [];
  private waiting: Array<{ resolve: (o: DocOutcome) => void }> = [];
  private bytes = 0;
  private sequence = 0;
  private running = 0;
  private tasks = 0;
  private readonly slotWaiters: Array<() => void> = [];

  constructor(private readonly context: BatchContext) {}

  /** Queues a document; its outcome arrives when its task is done (call {@link flush} before waiting for it). */
  add(item: DocItem): { outcome: Promise<DocOutcome>; sent: () => boolean } {
    const outcome = new Promise<DocOutcome>((resolve) => this.waiting.push({ resolve }));
    this.items.push(item);
    this.bytes += item.bytes?.length ?? item.text?.length ?? 0;
    const batch = this.sequence;
    if (this.items.length >= BATCH_DOCS || this.bytes >= BATCH_BYTES) this.flush();
    return { outcome, sent: () => this.sequence > batch };
  }

  /** Sends the documents queued so far as one task. */
  flush(): void {
    if (!this.items.length) return;
    const items = this.items;
    const waiting = this.waiting;
    this.items = [];
    this.waiting = [];
    this.bytes = 0;
    this.sequence++;
    void this.send(items).then(
      (outcomes) => outcomes.forEach((o, i) => waiting[i].resolve(o)),
      // A bug in the batch code itself: every document of the task fails with it, and the run goes on.
      (error: Error) => waiting.forEach((w) => w.resolve({ kind: 'failed', reason: `internal error: ${error.message}`, ruleId: 'crash' })),
    );
  }

  private async send(items: DocItem[]): Promise<DocOutcome[]> {
    try {
      return await this.task(items);
    } catch (error) {
      if (items.length === 1) return [died(error as Error, this.context.budgetSeconds)];
      const alone: DocOutcome[] = [];
      for (const item of items) alone.push(await this.task([item]).then((o) => o[0], (e: Error) => died(e, this.context.budgetSeconds)));
      return alone;
    }
  }

  private async task(items: DocItem[]): Promise<DocOutcome[]> {
    const { runner, kbFiles, apiModule, routing, out, shardSuffix, fsync, budgetSeconds, claim } = this.context;
    if (this.running >= this.context.slots) await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
    this.running++;
    let result;
    const segments = segmentFolder(shardSuffix);
    const segmentTemp = `${segments}/.task-${++this.tasks}.faktum-tmp`;
    try {
      claim(items.map((i) => i.rel));
      result = await runner.run(
        { kind: 'docs', kbFiles, apiModule, routing, items, out, segments, segmentTemp, fsync },
        AbortSignal.timeout(budgetSeconds * 1000),
      );
    } finally {
      this.running--;
      this.slotWaiters.shift()?.();
    }
    if (!result.ok || !result.outcomes) throw new Error(result.ok ? 'task gave no outcomes' : result.reason);
    const outcomes = result.outcomes;
    // The segment is flushed and named here, while the thread already runs the next task; the manifest lines that
    // point into it are written after (their outcomes wait for it).
    const segment = outcomes.find((o) => o.kind === 'written')?.segment;
    if (!segment) return outcomes;
    try {
      await commitFile(join(out, segmentTemp), join(out, segment));
    } catch (error) {
      return outcomes.map((o, i) => (o.kind === 'written' ? writeFailure(items[i].rel, error, 'the N-Quads of ') : o));
    }
    return outcomes;
  }
}

/** A document whose task died, alone: over its time budget, or a crash of its thread. */
function died(error: Error, budgetSeconds: number): DocOutcome {
  if (error.name === 'AbortError' || /aborted|timeout/i.test(error.message)) {
    return { kind: 'failed', reason: `took longer than the budget of ${budgetSeconds} s per document (--doc-seconds); its worker was stopped`, ruleId: 'budget' };
  }
  return { kind: 'failed', reason: `internal error: ${error.message}`, ruleId: 'crash' };
}
