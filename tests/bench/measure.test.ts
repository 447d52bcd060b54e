import { describe, expect, it } from 'vitest';
import { inTasks, onEveryThread } from '../../src/bench/measure.js';
import type { TaskRunner } from '../../src/batch/pool.js';
import type { Task, TaskResult } from '../../src/batch/tasks.js';

/** A runner whose n-th task reports the n-th of `threads` (or fails with `reason`). */
function runnerReporting(threads: Array<number | string>): TaskRunner {
  let n = 0;
  return {
    run: async (): Promise<TaskResult> => {
      const t = threads[n++];
      return typeof t === 'string' ? { ok: false, reason: t, ruleId: 'internal' } : { ok: true, tokens: 1, thread: t };
    },
    close: async () => {},
  };
}

describe('onEveryThread: a warm-up task on each thread of the pool', () => {
  const task: Task = { kind: 'measure', pipeline: 'de-news', kbFiles: [], texts: ['Huang sprach.'] };

  it.each([
    [[1, 2], 2],
    [[7], 1],
  ])('threads %j: accepted', async (threads, count) => {
    await expect(onEveryThread(runnerReporting(threads), count, task)).resolves.toBeUndefined();
  });

  it.each([
    [[1, 1], 2, 'a warm-up task reached 1 of 2 threads'],
    [[3, 'model file missing'], 2, 'model file missing'],
  ])('threads %j: refused (%s)', async (threads, count, message) => {
    await expect(onEveryThread(runnerReporting(threads), count, task)).rejects.toThrow(message);
  });
});

describe('inTasks: the tasks of 20 articles the bench times', () => {
  it.each([
    [0, []],
    [20, [20]],
    [45, [20, 20, 5]],
  ])('%i articles: tasks of %j, in order', (n, sizes) => {
    const articles = Array.from({ length: n }, (_, i) => `Artikel ${i}`);
    const tasks = inTasks(articles);
    expect(tasks.map((t) => t.length)).toEqual(sizes);
    expect(tasks.flat()).toEqual(articles);
  });
});
