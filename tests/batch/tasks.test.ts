import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/api.js';
import { runTask, type Task } from '../../src/batch/tasks.js';
import { wordInfo } from '../../src/lang/de/word-info.js';
import { dePipeline } from '../helpers/pipeline.js';

describe('runTask: measure (the benchmark task)', () => {
  const texts = ['Nvidia-Chef Jensen Huang traf Donald Trump in Washington.', 'Peking reagierte gelassen auf die Exportregeln.'];
  const task: Task & { kind: 'measure' } = { kind: 'measure', pipeline: 'de-news', kbFiles: [], texts };

  it.each([
    [true, 'a new record'],
    [false, 'the same record'],
  ])('forgetWords %s: a word of the texts then has %s', async (forgetWords) => {
    await runTask(task);
    const info = wordInfo('Huang');
    const result = await runTask({ ...task, forgetWords });
    let tokens = 0;
    for (const text of texts) tokens += (await extractText(await dePipeline(), text)).tokens.length;
    // The token count, and the thread that ran it (the benchmark checks its warm-up reached every thread).
    expect(result).toEqual({ ok: true, tokens, thread: threadId });
    expect(wordInfo('Huang') === info).toBe(!forgetWords);
  });
});
