import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureFaktumVsWink, passesToMatch } from '../../src/bench/faktum-vs-wink.js';
import { reply, startWinkTokenizer } from '../../src/bench/wink-tokenizer.js';
import { ensureBuilt } from '../helpers/build.js';

// The child process and the worker threads run compiled code (dist/).
beforeAll(() => ensureBuilt(), 120_000);

const articles = ['Nvidia-Chef Jensen Huang traf Donald Trump in Washington.', 'Die H20-Chips gehen nach China.', 'Der Umsatz stieg auf 4,6 Milliarden Dollar.'];

describe('wink-nlp tokenisation in a child process that stays up', () => {
  it('times block after block, and ends its process on close (twice is harmless)', async () => {
    const wink = await startWinkTokenizer(articles.slice(0, 1));
    for (const [block, untimed, passes] of [[articles, [], 1], [articles.slice(1), articles.slice(0, 1), 1], [articles, articles, 3]] as const) {
      const seconds = await wink.time([...block], [...untimed], passes);
      expect(Number.isFinite(seconds)).toBe(true);
      expect(seconds).toBeGreaterThan(0);
    }
    await wink.close();
    await wink.close();
  });

  it.each([
    ['process.exit(3)', /ended \(exit 3\) before it answered/],
    ['process.kill(process.pid, "SIGKILL")', /ended \(SIGKILL\) before it answered/],
  ])('a child that ends without answering (%s) is an error, not a hang', async (code, message) => {
    const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    await expect(reply(child)).rejects.toThrow(message);
  });

  it('answers with the message the child sends', async () => {
    const child = spawn(process.execPath, ['-e', 'process.send({ seconds: 0.25 }, () => process.disconnect())'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    await expect(reply(child)).resolves.toEqual({ seconds: 0.25 });
  });
});

describe('passesToMatch: turns of equal length', () => {
  it.each([
    [0.5, 0.1, 5],
    [0.5, 0.12, 4],
    [0.1, 0.5, 1],
    [0, 0.1, 1],
    [0.5, 0, 1],
    [30, 0.1, 20],
    [Number.NaN, 0.1, 1],
  ])('slower %d s, faster %d s a pass: %i passes', (slower, faster, passes) => {
    expect(passesToMatch(slower, faster)).toBe(passes);
  });
});

describe('faktum against wink-nlp tokenisation, in turns', () => {
  it('times both over the same texts; the ratio is wink-nlp\'s seconds over faktum\'s', async () => {
    const result = await measureFaktumVsWink([...articles, ...articles], 'de-news', articles.slice(0, 1), 2);
    expect(result.faktumSeconds).toBeGreaterThan(0);
    expect(result.winkSeconds).toBeGreaterThan(0);
    expect(result.ratio).toBeCloseTo(result.winkSeconds / result.faktumSeconds, 12);
  }, 60_000);

  it('fails with the pipeline\'s error when faktum cannot run', async () => {
    await expect(measureFaktumVsWink(articles, 'gibt-es-nicht', [], 2)).rejects.toThrow(/gibt-es-nicht/);
  }, 60_000);
});
