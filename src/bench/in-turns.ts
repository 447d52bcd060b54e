/** Runs one tool over the `untimed` texts, then over a block of texts; resolves to the seconds the block took. */
export type TimedTool = (block: string[], untimed: string[]) => Promise<number>;

/** Total seconds of two tools that took turns over the same blocks, and each block's pair of times. */
export interface InTurnsResult {
  a: number;
  b: number;
  /** Seconds of `a` and of `b` on each block, in block order. */
  perBlock: Array<[number, number]>;
}

/**
 * Runs `a` and `b` over the same blocks, taking turns: `a` first on even blocks, `b` first on odd ones (ABBA), so that
 * a machine whose speed changes from one second to the next slows both tools alike, and neither is always the one
 * that runs right after the other. Their ratio then depends on the code, not on which minute each tool ran in.
 * Each turn starts with the last `rewarm` texts of the block before, untimed: a tool's first steps after the other's
 * turn are slow (its code and data are no longer in the processor's caches), which a tool running on its own does
 * not pay, and which would weigh most on the faster tool's shorter turns.
 */
export async function inTurns(blocks: readonly string[][], a: TimedTool, b: TimedTool, rewarm = 0): Promise<InTurnsResult> {
  const perBlock: Array<[number, number]> = [];
  let totalA = 0;
  let totalB = 0;
  for (let i = 0; i < blocks.length; i++) {
    const untimed = i && rewarm ? blocks[i - 1].slice(-rewarm) : [];
    let secondsA: number;
    let secondsB: number;
    if (i % 2 === 0) {
      secondsA = await a(blocks[i], untimed);
      secondsB = await b(blocks[i], untimed);
    } else {
      secondsB = await b(blocks[i], untimed);
      secondsA = await a(blocks[i], untimed);
    }
    perBlock.push([secondsA, secondsB]);
    totalA += secondsA;
    totalB += secondsB;
  }
  return { a: totalA, b: totalB, perBlock };
}

/** Texts in blocks of `size` (the last one may be smaller). */
export function inBlocks(texts: readonly string[], size: number): string[][] {
  const blocks: string[][] = [];
  for (let i = 0; i < texts.length; i += size) blocks.push(texts.slice(i, i + size));
  return blocks;
}
