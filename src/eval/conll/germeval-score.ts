import { prf, type Prf } from '../prf.js';
import { scoreChunks, type ChunkScores } from './score.js';

/** Outer and inner BIO tags of one sentence (GermEval 2014 columns 3 and 4). */
export interface NestedTags {
  outer: string[];
  inner: string[];
}

/** The GermEval 2014 views of one evaluation. */
export interface GermEvalScores {
  /** Outer chunks, the 4 main types; `deriv` and `part` chunks mapped to O on both sides. */
  outer: ChunkScores;
  /** Outer chunks, all 12 types. */
  outer12: ChunkScores;
  /** Inner chunks, all 12 types. */
  inner: ChunkScores;
  /**
   * The task's official "strict, combined" metric: exact span and type (with `deriv`/`part`), true positives,
   * found and gold chunks summed over the outer and the inner level (as nereval.perl's metric 1), micro-averaged.
   */
  official: Prf;
}

/** Maps `deriv` and `part` tags to `O`, keeping the 4 main types. */
export function mainTypesOnly(tag: string): string {
  return /(deriv|part)$/.test(tag) ? 'O' : tag;
}

/** Scores GermEval 2014 nested predictions against gold under the outer, outer12, inner and official views. */
export function scoreGermEval(gold: NestedTags[], pred: NestedTags[]): GermEvalScores {
  const goldOuter = gold.map((s) => s.outer);
  const predOuter = pred.map((s) => s.outer);
  const outer12 = scoreChunks(goldOuter, predOuter);
  const inner = scoreChunks(
    gold.map((s) => s.inner),
    pred.map((s) => s.inner),
  );
  const outer = scoreChunks(goldOuter, predOuter, { mapTag: mainTypesOnly });
  const m = outer12.micro;
  const n = inner.micro;
  return { outer, outer12, inner, official: prf(m.tp + n.tp, m.fp + n.fp, m.fn + n.fn) };
}
