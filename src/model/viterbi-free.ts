import { ALLOWED_PREV, NUM_TAGS } from './labels.js';
import type { Scores } from './viterbi.js';

/** `I-X` tags (their predecessors: `B-X`, `I-X`) and the other tags (any predecessor), as ALLOWED_PREV says. */
const INSIDE = Int32Array.from(ALLOWED_PREV.flatMap((prevs, c) => (prevs[0] === -1 ? [] : [c])));
const OTHERS = Int32Array.from(ALLOWED_PREV.flatMap((prevs, c) => (prevs[0] === -1 ? [c] : [])));
/** Per tag, the highest transition score into it (scratch, filled per call). */
const maxInto = new Float64Array(NUM_TAGS);

/**
 * The Viterbi forward pass without masks: the same sums and the same result, tie-breaking included (the first
 * best predecessor in index order), as trying every allowed predecessor, but with two short cuts. `I-X` has only
 * two predecessors. For the other tags the previous token's best tag usually wins by a margin: when its score
 * plus its transition beats the runner-up score plus the highest transition into the tag (float addition is
 * monotone, so no other predecessor can reach it), the other 24 predecessors are not tried.
 */
export function forwardFree(emissions: Scores, n: number, transitions: Scores, score: Float64Array, back: Int8Array): void {
  const T = NUM_TAGS;
  for (let j = 0; j < OTHERS.length; j++) {
    const c = OTHERS[j];
    let m = -Infinity;
    for (let p = 0; p < T; p++) if (transitions[p * T + c] > m) m = transitions[p * T + c];
    maxInto[c] = m;
  }
  for (let i = 1; i < n; i++) {
    const base = i * T;
    const prevBase = base - T;
    for (let j = 0; j < INSIDE.length; j++) {
      const c = INSIDE[j];
      const b = c - 1;
      const sb = score[prevBase + b] + transitions[b * T + c];
      const si = score[prevBase + c] + transitions[c * T + c];
      let best = -Infinity;
      let arg = 0;
      if (sb > best) {
        best = sb;
        arg = b;
      }
      if (si > best) {
        best = si;
        arg = c;
      }
      score[base + c] = best + emissions[base + c];
      back[base + c] = arg;
    }
    // the previous token's best tag and the best score of all others
    let top = 0;
    let first = score[prevBase];
    let second = -Infinity;
    for (let p = 1; p < T; p++) {
      const s = score[prevBase + p];
      if (s > first) {
        second = first;
        first = s;
        top = p;
      } else if (s > second) second = s;
    }
    for (let j = 0; j < OTHERS.length; j++) {
      const c = OTHERS[j];
      let best = first + transitions[top * T + c];
      let arg = top;
      if (!(best > second + maxInto[c])) {
        best = -Infinity;
        arg = 0;
        for (let p = 0; p < T; p++) {
          const s = score[prevBase + p] + transitions[p * T + c];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      score[base + c] = best + emissions[base + c];
      back[base + c] = arg;
    }
  }
}
