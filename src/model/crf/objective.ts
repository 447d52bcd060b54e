import { NUM_TAGS } from '../labels.js';
import type { Scores } from '../viterbi.js';
import { fbWork, forwardBackward, transitionFactors } from './forward-backward.js';
import type { FbWork } from './forward-backward.js';

const T = NUM_TAGS;

/** Buffers of `sentenceGradient`, grown as needed. */
export interface CrfWork {
  fb: FbWork;
  /** Marginals of the unconstrained pass. */
  free: Float64Array;
  factors: Float64Array;
  /** Expected transition counts, constrained minus free, of the current sentence. */
  edges: Float64Array;
}

/** Buffers for sentences of up to `capacity` words. */
export function crfWork(capacity = 64): CrfWork {
  return { fb: fbWork(capacity), free: new Float64Array(capacity * T), factors: new Float64Array((T + 1) * T), edges: new Float64Array((T + 1) * T) };
}

function ensure(work: CrfWork, n: number): void {
  if (n <= work.fb.capacity) return;
  const cap = Math.max(n, work.fb.capacity * 2);
  work.fb = fbWork(cap);
  work.free = new Float64Array(cap * T);
}

/**
 * The conditional log-likelihood of one sentence under a linear-chain CRF and its gradient with respect to the
 * emission and transition scores. For a partially labelled sentence (several tags allowed at a token) it is
 * `log Z(paths allowed by the masks) - log Z(all paths)`, the marginal likelihood of the annotation; with one
 * tag per token the first term is the gold path's score. The gradient is the expected counts under the
 * constrained distribution minus those under the free one: `emGrad[i * T + c]` = P_masks(c at i) - P(c at i),
 * and the same difference of expected transition counts is added to `trGrad` (`(T + 1) * T`, last row: start).
 *
 * @param gold the single gold tag per token when the sentence is fully labelled (a shortcut: the constrained
 *   marginals are then the path itself); otherwise `masks` are used
 * @returns the log-likelihood, or `NaN` when the masks allow no path or the sums underflow (nothing is written
 *   to `trGrad` then, and `emGrad` is unspecified)
 */
export function sentenceGradient(
  em: Scores,
  n: number,
  transitions: Scores,
  masks: ArrayLike<number>,
  gold: ArrayLike<number> | null,
  work: CrfWork,
  emGrad: Float64Array,
  trGrad: Float64Array,
): number {
  ensure(work, n);
  const factors = transitionFactors(transitions, work.factors);
  const edges = work.edges.fill(0);
  const logZ = forwardBackward(em, n, factors, undefined, work.fb, work.free, edges, -1);
  if (logZ === -Infinity) return NaN;
  let numerator: number;
  if (gold) {
    numerator = 0;
    for (let i = 0; i < n; i++) {
      const g = gold[i];
      const prev = i === 0 ? T : gold[i - 1];
      if (factors[prev * T + g] === 0 || !(masks[i] & (1 << g))) return NaN;
      numerator += em[i * T + g] + transitions[prev * T + g];
      edges[prev * T + g] += 1;
      for (let c = 0; c < T; c++) emGrad[i * T + c] = 0;
      emGrad[i * T + g] = 1;
    }
  } else {
    numerator = forwardBackward(em, n, factors, masks, work.fb, emGrad, edges, 1);
    if (numerator === -Infinity) return NaN;
  }
  for (let k = 0; k < n * T; k++) emGrad[k] -= work.free[k];
  for (let k = 0; k < edges.length; k++) trGrad[k] += edges[k];
  return numerator - logZ;
}
