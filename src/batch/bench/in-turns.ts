/** Runs one tool over a block of texts; resolves to the seconds it took. */
export type TimedTool = (block: string[]) => Promise<number>;

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
 */
export async function inTurns(blocks: readonly string[][], a: TimedTool, b: TimedTool): Promise<InTurnsResult> {
  const perBlock: Array<[number, number]> = [];
  let totalA = 0;
  let totalB = 0;
  for (let i = 0; i < blocks.length; i++) {
    let secondsA: number;
    let secondsB: number;
    if (i % 2 === 0) {
      secondsA = await a(blocks[i]);
      secondsB = await b(blocks[i]);
    } else {
      secondsB = await b(blocks[i]);
      secondsA = await a(blocks[i]);
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
