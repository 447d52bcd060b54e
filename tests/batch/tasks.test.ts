import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/api.js';
import { runTask, type Task } from '../../src/batch/tasks.js';
import { wordInfo } from '../../src/cache/word-info.js';
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
    // The token count, the seconds, and the thread that ran it (the benchmark checks its warm-up reached every thread).
    expect(result).toEqual({ ok: true, tokens, seconds: expect.any(Number), thread: threadId });
    expect(wordInfo('Huang') === info).toBe(!forgetWords);
  });

  it('counts the tokens of the timed texts only, not those of the untimed ones run before', async () => {
    const result = await runTask({ ...task, texts: texts.slice(1), untimed: ['Der Bundestag tagte am Montag in Berlin.'] });
    const tokens = (await extractText(await dePipeline(), texts[1])).tokens.length;
    expect(result).toMatchObject({ ok: true, tokens });
    expect(result.ok && result.seconds).toBeGreaterThan(0);
  });
});
