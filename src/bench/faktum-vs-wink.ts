import { createRunner } from '../batch/pool.js';
import { inBlocks, inTurns } from './in-turns.js';
import { warmUpThreads } from './measure.js';
import { startWinkTokenizer } from './wink-tokenizer.js';

/**
 * Articles per block of the turns: about 150,000 tokens of the bench corpus, half a second of faktum, eight blocks a
 * pass. Shorter turns made both tools slower (with 20 articles a turn, before the turns were of equal length,
 * wink-nlp tokenised 0.92-0.98 million tokens/s against 1.2-1.5 million with 500: scripts/bench/in-turns-blocks.mjs
 * at the commit that added it): a tool is slower for a while after it has waited (scripts/bench/wink-after-waiting.mjs).
 */
export const ARTICLES_PER_TURN = 500;

/** Articles of the block before that each turn runs untimed first (see inTurns). */
export const REWARM_ARTICLES = 5;

/**
 * How many passes over its block make the faster tool's turn last about as long as the slower one's: a tool waits
 * while the other has its turn, and its first milliseconds after waiting are slow (measured: 400 ms of waiting
 * before each turn of 500 articles made wink-nlp's tokenisation about a seventh slower); with turns of equal length
 * both pay that alike. 1 before both have had a turn; at most 20.
 */
export function passesToMatch(slowerSeconds: number, fasterSeconds: number): number {
  if (!(slowerSeconds > 0 && fasterSeconds > 0)) return 1;
  return Math.min(20, Math.max(1, Math.round(slowerSeconds / fasterSeconds)));
}

/** Seconds of faktum's one worker and of wink-nlp's tokenisation over the same corpus, taking turns. */
export interface FaktumVsWink {
  faktumSeconds: number;
  winkSeconds: number;
  /** faktum's speed over wink-nlp's, from the totals (the same tokens for both). */
  ratio: number;
}

/**
 * faktum's full pipeline on one worker thread and wink-nlp's tokenisation (child process, V8 defaults) over the
 * same blocks of the corpus, taking turns (inTurns), each warmed up as in the other measurements: each distinct
 * article once (faktum then forgets their words), then `warmUp`. Each tool's time of a block is measured where it
 * runs (faktum's worker thread, wink-nlp's process), without the message passing, after the last REWARM_ARTICLES
 * articles of the block before, untimed.
 */
export async function measureFaktumVsWink(articles: string[], pipeline: string, warmUp: string[], perTurn = ARTICLES_PER_TURN, rewarm = REWARM_ARTICLES): Promise<FaktumVsWink> {
  const runner = createRunner(1, { threads: true });
  const wink = await startWinkTokenizer([...new Set(articles), ...warmUp]);
  try {
    await warmUpThreads(runner, 1, pipeline, articles, warmUp);
    // wink-nlp's turn lasts as long as faktum's last one: it tokenises its block as many times (passesToMatch).
    let faktumTurn = 0;
    let winkPass = 0;
    const faktum = async (texts: string[], untimed: string[]) => {
      const result = await runner.run({ kind: 'measure', pipeline, kbFiles: [], texts, untimed });
      if (!result.ok) throw new Error(result.reason);
      return (faktumTurn = result.seconds!);
    };
    const timedWink = async (texts: string[], untimed: string[]) => (winkPass = await wink.time(texts, untimed, passesToMatch(faktumTurn, winkPass)));
    const { a, b } = await inTurns(inBlocks(articles, perTurn), faktum, timedWink, rewarm);
    return { faktumSeconds: a, winkSeconds: b, ratio: b / a };
  } finally {
    await Promise.all([runner.close(), wink.close()]);
  }
}
