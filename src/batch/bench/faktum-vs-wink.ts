import { createRunner } from '../pool.js';
import { inBlocks, inTurns } from './in-turns.js';
import { warmUpThreads } from './measure.js';
import { startWinkTokenizer } from './wink-tokenizer.js';

/**
 * Articles per block of the turns: about 30,000 tokens of the bench corpus, a tenth of a second of faktum and a few
 * hundredths of wink-nlp. Small enough that the machine's speed is the same for both tools' turns on a block, large
 * enough that each turn is mostly the tool's own work, not the cost of getting its code and data back into the
 * processor's caches after the other tool's turn.
 */
export const ARTICLES_PER_TURN = 100;

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
 * article once (faktum then forgets their words), then `warmUp`. faktum's time of a block is the round trip of its
 * task, as in measureFaktum; wink-nlp's is measured in its process, without the message passing.
 */
export async function measureFaktumVsWink(articles: string[], pipeline: string, warmUp: string[], perTurn = ARTICLES_PER_TURN): Promise<FaktumVsWink> {
  const runner = createRunner(1, { threads: true });
  const wink = await startWinkTokenizer([...new Set(articles), ...warmUp]);
  try {
    await warmUpThreads(runner, 1, pipeline, articles, warmUp);
    const faktum = async (texts: string[]) => {
      const started = performance.now();
      const result = await runner.run({ kind: 'measure', pipeline, kbFiles: [], texts });
      if (!result.ok) throw new Error(result.reason);
      return (performance.now() - started) / 1000;
    };
    const { a, b } = await inTurns(inBlocks(articles, perTurn), faktum, (texts) => wink.time(texts));
    return { faktumSeconds: a, winkSeconds: b, ratio: b / a };
  } finally {
    await Promise.all([runner.close(), wink.close()]);
  }
}
