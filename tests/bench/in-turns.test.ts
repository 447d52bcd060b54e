import { describe, expect, it } from 'vitest';
import { inBlocks, inTurns } from '../../src/bench/in-turns.js';

/** Two fake tools that log each turn as `a0`, `b0`, ... and take the seconds their table gives for a block. */
function loggingTools(secondsA: number[], secondsB: number[]) {
  const log: string[] = [];
  const seen: Record<'a' | 'b', string[][]> = { a: [], b: [] };
  const tool = (name: 'a' | 'b', seconds: number[]) => async (block: string[]) => {
    const i = seen[name].length;
    seen[name].push(block);
    log.push(`${name}${i}`);
    return seconds[i];
  };
  return { log, seen, a: tool('a', secondsA), b: tool('b', secondsB) };
}

const articles = ['Nvidia darf H20-Chips nach China liefern.', 'Jensen Huang traf Donald Trump.', 'Peking reagierte zurückhaltend.', 'Die Aktie stieg um 3 Prozent.', 'Washington prüft weitere Auflagen.'];

describe('inTurns: two tools taking turns on the same blocks', () => {
  it.each([
    [1, ['a0', 'b0']],
    [2, ['a0', 'b0', 'b1', 'a1']],
    [3, ['a0', 'b0', 'b1', 'a1', 'a2', 'b2']],
    [5, ['a0', 'b0', 'b1', 'a1', 'a2', 'b2', 'b3', 'a3', 'a4', 'b4']],
  ])('%i blocks: the turns alternate which tool goes first (%j)', async (blockSize, order) => {
    const blocks = inBlocks(articles, Math.ceil(articles.length / blockSize));
    const tools = loggingTools([1, 1, 1, 1, 1], [1, 1, 1, 1, 1]);
    await inTurns(blocks, tools.a, tools.b);
    expect(tools.log).toEqual(order);
  });

  it('gives both tools the same blocks and sums each tool\'s seconds', async () => {
    const blocks = inBlocks(articles, 2);
    const tools = loggingTools([0.5, 0.25, 0.125], [0.1, 0.2, 0.4]);
    const result = await inTurns(blocks, tools.a, tools.b);
    expect(tools.seen.a).toEqual(blocks);
    expect(tools.seen.b).toEqual(blocks);
    expect(result.a).toBeCloseTo(0.875, 12);
    expect(result.b).toBeCloseTo(0.7, 12);
    expect(result.perBlock).toEqual([[0.5, 0.1], [0.25, 0.2], [0.125, 0.4]]);
  });

  it('rejects with the error of a tool that fails, and stops there', async () => {
    const log: string[] = [];
    const failing = async (block: string[]) => {
      log.push(block[0]);
      if (log.length === 2) throw new Error('model file missing');
      return 1;
    };
    await expect(inTurns(inBlocks(articles, 1), failing, async () => 1)).rejects.toThrow('model file missing');
    expect(log).toEqual([articles[0], articles[1]]);
  });

  it('of no blocks is zero seconds each', async () => {
    await expect(inTurns([], async () => 1, async () => 1)).resolves.toEqual({ a: 0, b: 0, perBlock: [] });
  });
});

describe('inBlocks', () => {
  it.each([
    [0, 100, []],
    [5, 2, [2, 2, 1]],
    [5, 5, [5]],
    [5, 100, [5]],
  ])('%i articles, %i a block: blocks of %j, in order', (n, size, sizes) => {
    const texts = articles.slice(0, n);
    const blocks = inBlocks(texts, size);
    expect(blocks.map((b) => b.length)).toEqual(sizes);
    expect(blocks.flat()).toEqual(texts);
  });
});
