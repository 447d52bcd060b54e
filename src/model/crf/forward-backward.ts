import { isInside, NUM_TAGS } from '../labels.js';
import type { Scores } from '../viterbi.js';

const T = NUM_TAGS;

/** Reusable buffers of `forwardBackward` for sentences of up to `capacity` words. */
export interface FbWork {
  capacity: number;
  /** Scaled forward values, `n * T` (each token's row sums to 1). */
  alpha: Float64Array;
  /** Scaled backward values, `n * T`. */
  beta: Float64Array;
  /** `exp(emission - max)` per token and tag, 0 where the tag is not allowed. */
  e: Float64Array;
  /** Per token, the sum that normalised its alpha row. */
  scale: Float64Array;
}

/** Buffers for sentences of up to `capacity` words. */
export function fbWork(capacity: number): FbWork {
  return { capacity, alpha: new Float64Array(capacity * T), beta: new Float64Array(capacity * T), e: new Float64Array(capacity * T), scale: new Float64Array(capacity) };
}

/**
 * `exp` of the transition scores with the BIO constraints as zeros: `(T + 1) * T` factors, row `p` for `p -> c`,
 * the last row for the sentence start (where no `I-X` may stand), as `viterbi` reads the same scores.
 */
export function transitionFactors(transitions: Scores, out: Float64Array = new Float64Array((T + 1) * T)): Float64Array {
  for (let p = 0; p <= T; p++) {
    for (let c = 0; c < T; c++) {
      const allowed = isInside(c) ? p === c - 1 || p === c : true;
      out[p * T + c] = allowed ? Math.exp(transitions[p * T + c]) : 0;
    }
  }
  return out;
}

/**
 * Forward-backward of a linear-chain CRF over the 25 BIO tags, scaled (each forward row normalised, Rabiner
 * 1989) rather than in log space: the same sums with one `exp` per token and tag instead of one per tag pair.
 * With `masks`, only paths whose tag at each token is allowed by its mask count (the numerator of a partially
 * labelled sentence); without, all BIO-legal paths (the denominator).
 *
 * @param em `n * T` emission scores
 * @param factors `transitionFactors` of the transition scores
 * @param node receives the `n * T` marginals P(tag at token i = c)
 * @param edges when given, `sign` times the expected transition counts are added to it (`(T + 1) * T`, the last
 *   row for the start)
 * @returns log Z, the log of the summed exp-scores of the allowed paths; `-Infinity` when no path is allowed (or
 *   all underflow), in which case `node` and `edges` are left as they were
 */
export function forwardBackward(
  em: Scores,
  n: number,
  factors: Float64Array,
  masks: ArrayLike<number> | undefined,
  work: FbWork,
  node: Float64Array,
  edges?: Float64Array,
  sign = 1,
): number {
  const { alpha, beta, e, scale } = work;
  if (n > work.capacity) throw new Error(`forwardBackward: ${n} words, buffers for ${work.capacity}`);
  let logZ = 0;
  for (let i = 0; i < n; i++) {
    const b = i * T;
    const m = masks ? masks[i] : -1;
    let max = -Infinity;
    for (let c = 0; c < T; c++) if (m & (1 << c) && em[b + c] > max) max = em[b + c];
    if (max === -Infinity) return -Infinity;
    logZ += max;
    for (let c = 0; c < T; c++) e[b + c] = m & (1 << c) ? Math.exp(em[b + c] - max) : 0;
  }
  // forward
  let s = 0;
  for (let c = 0; c < T; c++) s += alpha[c] = factors[T * T + c] * e[c];
  if (!(s > 0) || !Number.isFinite(s)) return -Infinity;
  for (let c = 0; c < T; c++) alpha[c] /= s;
  scale[0] = s;
  for (let i = 1; i < n; i++) {
    const b = i * T;
    const pb = b - T;
    s = 0;
    for (let c = 0; c < T; c++) {
      let a = 0;
      if (e[b + c] !== 0) {
        if (isInside(c)) a = alpha[pb + c - 1] * factors[(c - 1) * T + c] + alpha[pb + c] * factors[c * T + c];
        else for (let p = 0; p < T; p++) a += alpha[pb + p] * factors[p * T + c];
        a *= e[b + c];
      }
      alpha[b + c] = a;
      s += a;
    }
    if (!(s > 0) || !Number.isFinite(s)) return -Infinity;
    for (let c = 0; c < T; c++) alpha[b + c] /= s;
    scale[i] = s;
  }
  for (let i = 0; i < n; i++) logZ += Math.log(scale[i]);
  // backward; tmp of token i+1 (e * beta / scale) is kept in beta's row i+1 after it has been used
  const last = (n - 1) * T;
  for (let c = 0; c < T; c++) beta[last + c] = 1;
  for (let i = n - 1; i >= 0; i--) {
    const b = i * T;
    for (let c = 0; c < T; c++) node[b + c] = alpha[b + c] * beta[b + c];
    if (i === 0) break;
    // w[c] = e[i][c] * beta[i][c] / scale[i]: the weight of entering tag c at token i
    for (let c = 0; c < T; c++) beta[b + c] = (e[b + c] * beta[b + c]) / scale[i];
    const pb = b - T;
    for (let p = 0; p < T; p++) {
      let v = 0;
      for (let c = 0; c < T; c++) if (!isInside(c) || c - 1 === p || c === p) v += factors[p * T + c] * beta[b + c];
      beta[pb + p] = v;
    }
    if (edges) {
      for (let c = 0; c < T; c++) {
        const w = beta[b + c] * sign;
        if (w === 0) continue;
        if (isInside(c)) {
          edges[(c - 1) * T + c] += alpha[pb + c - 1] * factors[(c - 1) * T + c] * w;
          edges[c * T + c] += alpha[pb + c] * factors[c * T + c] * w;
        } else for (let p = 0; p < T; p++) edges[p * T + c] += alpha[pb + p] * factors[p * T + c] * w;
      }
    }
  }
  if (edges) for (let c = 0; c < T; c++) edges[T * T + c] += sign * node[c];
  return logZ;
}
