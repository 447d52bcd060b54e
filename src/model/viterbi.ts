import { ALLOWED_PREV, NUM_TAGS } from './labels.js';
import type { TagMask } from './labels.js';
import { forwardFree } from './viterbi-free.js';

/** Emission or transition scores. */
export type Scores = Float32Array | Float64Array;

/**
 * First-order Viterbi over the 25 BIO tags with BIO constraints (`I-X` only after `B-X`/`I-X`).
 *
 * @param emissions `n * NUM_TAGS` scores, row-major by token
 * @param transitions `(NUM_TAGS + 1) * NUM_TAGS`: row `p` scores `p -> c`; the last row scores the sentence start
 * @param masks optional allowed tags per token (partial labels: the best path consistent with them)
 * @param work reused buffers; with `out`, the result is a view of it, valid until the buffers are used again
 * @returns the best tag index per token
 */
export function viterbi(
  emissions: Scores,
  n: number,
  transitions: Scores,
  masks?: readonly TagMask[],
  work?: { score: Float64Array; back: Int8Array; out?: Int32Array },
): Int32Array {
  const T = NUM_TAGS;
  // A view of the caller's buffer when it has one: a new Int32Array of more than 16 elements gets its own backing
  // store outside the heap, which costs about 0.3 microseconds, and two worker threads doing that contend (a
  // loop of them on two threads did 0.7 times the work of one).
  const out = work?.out && work.out.length >= n ? work.out.subarray(0, n) : new Int32Array(n);
  if (n === 0) return out;
  const score = work && work.score.length >= n * T ? work.score : new Float64Array(n * T);
  const back = work && work.back.length >= n * T ? work.back : new Int8Array(n * T);
  const startRow = T * T;
  for (let c = 0; c < T; c++) {
    const allowed = (!masks || masks[0] & (1 << c)) && ALLOWED_PREV[c][0] === -1;
    score[c] = allowed ? emissions[c] + transitions[startRow + c] : -Infinity;
    back[c] = -1;
  }
  if (masks) forwardMasked(emissions, n, transitions, masks, score, back);
  else forwardFree(emissions, n, transitions, score, back);
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * T;
  for (let c = 0; c < T; c++) {
    if (score[last + c] > best) {
      best = score[last + c];
      arg = c;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]];
  return out;
}

/** The forward pass under per-token tag masks. */
function forwardMasked(emissions: Scores, n: number, transitions: Scores, masks: readonly TagMask[], score: Float64Array, back: Int8Array): void {
  const T = NUM_TAGS;
  for (let i = 1; i < n; i++) {
    const m = masks[i];
    const base = i * T;
    const prevBase = base - T;
    for (let c = 0; c < T; c++) {
      if (!(m & (1 << c))) {
        score[base + c] = -Infinity;
        back[base + c] = 0;
        continue;
      }
      const prevs = ALLOWED_PREV[c];
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < prevs.length; k++) {
        const p = prevs[k];
        if (p < 0) continue;
        const s = score[prevBase + p] + transitions[p * T + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + c] = best + emissions[base + c];
      back[base + c] = arg;
    }
  }
}
