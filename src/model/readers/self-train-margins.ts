import { FeatureKeys } from '../feature-key-buffer.js';
import { collectFeatureKeys } from '../feature-keys.js';
import { FeatureTable } from '../feature-table.js';
import { BOUNDARY_END, BOUNDARY_START, G_FIRST, G_LEFT1, G_LEFT2, G_RIGHT1, G_RIGHT2, G_SELF, NUM_GROUPS } from '../features.js';
import { NUM_TAGS, transitionAllowed } from '../labels.js';
import type { Lexicons } from '../lexicons.js';
import type { ModelData } from '../model-data.js';

/** What a model says about one sentence: its best path and, per word and tag, how far below the best path a path through that tag scores. */
export interface SentenceMargins {
  /** The best tag per word (the tagger's tags, ties aside). */
  path: Int32Array;
  /** Score of the best path. */
  best: number;
  /** `n * NUM_TAGS` gaps: best path score minus the best score of a path with tag `t` at word `i` (0 on the path). */
  gaps: Float64Array;
}

/**
 * Scores sentences with a model in plain JavaScript (no WebAssembly, no cache): the same features and weights as
 * the tagger, plus max-marginals from a forward and a backward Viterbi pass. Slow compared with the tagger (each
 * distinct word is computed once per instance), but it gives what the tagger does not: the second-best choices.
 */
export class MarginScorer {
  private readonly table: FeatureTable;
  private readonly keys = new FeatureKeys();
  private readonly vectors = new Map<string, Float64Array>();

  constructor(private readonly model: ModelData, private readonly lex: Lexicons) {
    this.table = new FeatureTable(model.keys);
  }

  /** Per group, the summed weight rows of a word's features (`NUM_GROUPS * NUM_TAGS`). */
  private vector(word: string): Float64Array {
    let v = this.vectors.get(word);
    if (v) return v;
    v = new Float64Array(NUM_GROUPS * NUM_TAGS);
    collectFeatureKeys(word, this.lex, this.model, this.keys);
    const m = this.model;
    for (let g = 0; g < NUM_GROUPS; g++) {
      for (let k = 0; k < this.keys.count(g); k++) {
        const row = this.table.get(this.keys.key(g, k));
        if (row < 0) continue;
        for (let t = 0; t < NUM_TAGS; t++) {
          const w = 'q' in m ? Math.fround(m.q[row * NUM_TAGS + t] * m.scales[row]) : m.weights[row * NUM_TAGS + t];
          v[g * NUM_TAGS + t] += w;
        }
      }
    }
    this.vectors.set(word, v);
    return v;
  }

  /** Emission scores (`n * NUM_TAGS`): the word's own group, neighbours' left/right groups, the first word's extra group. */
  emissions(words: readonly string[]): Float64Array {
    const T = NUM_TAGS;
    const n = words.length;
    const at = (i: number) => this.vector(i < 0 ? BOUNDARY_START : i >= n ? BOUNDARY_END : words[i]);
    const em = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      const parts: [Float64Array, number][] = [[at(i), G_SELF], [at(i - 1), G_LEFT1], [at(i + 1), G_RIGHT1], [at(i - 2), G_LEFT2], [at(i + 2), G_RIGHT2]];
      if (i === 0) parts.push([at(0), G_FIRST]);
      for (const [v, g] of parts) for (let t = 0; t < T; t++) em[i * T + t] += v[g * T + t];
    }
    return em;
  }

  /** Best path and max-marginal gaps of a sentence (at least one word). */
  margins(words: readonly string[]): SentenceMargins {
    return maxMarginals(this.emissions(words), words.length, this.model.transitions);
  }
}

/**
 * Max-marginals of a first-order BIO chain: `alpha` (best prefix ending in a tag) plus `beta` (best suffix after
 * it), as gaps below the best path. `transitions` as in `viterbi` (last row: sentence start; no end row).
 */
export function maxMarginals(em: Float64Array, n: number, transitions: Float32Array | Float64Array): SentenceMargins {
  const T = NUM_TAGS;
  const alpha = new Float64Array(n * T).fill(-Infinity);
  const beta = new Float64Array(n * T).fill(-Infinity);
  for (let c = 0; c < T; c++) if (transitionAllowed(-1, c)) alpha[c] = em[c] + transitions[T * T + c];
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < T; c++) {
      let m = -Infinity;
      for (let p = 0; p < T; p++) if (transitionAllowed(p, c)) m = Math.max(m, alpha[(i - 1) * T + p] + transitions[p * T + c]);
      alpha[i * T + c] = m + em[i * T + c];
    }
  }
  for (let c = 0; c < T; c++) beta[(n - 1) * T + c] = 0;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      let m = -Infinity;
      for (let c = 0; c < T; c++) {
        if (transitionAllowed(p, c)) m = Math.max(m, transitions[p * T + c] + em[(i + 1) * T + c] + beta[(i + 1) * T + c]);
      }
      beta[i * T + p] = m;
    }
  }
  const path = new Int32Array(n);
  let best = -Infinity;
  for (let c = 0; c < T; c++) {
    if (alpha[(n - 1) * T + c] > best) {
      best = alpha[(n - 1) * T + c];
      path[n - 1] = c;
    }
  }
  for (let i = n - 2; i >= 0; i--) {
    // the predecessor of the next word's tag on the best path: the tag whose prefix plus transition reaches it
    let arg = 0;
    let m = -Infinity;
    for (let p = 0; p < T; p++) {
      if (!transitionAllowed(p, path[i + 1])) continue;
      const s = alpha[i * T + p] + transitions[p * T + path[i + 1]];
      if (s > m) [m, arg] = [s, p];
    }
    path[i] = arg;
  }
  const gaps = new Float64Array(n * T);
  for (let k = 0; k < n * T; k++) gaps[k] = Math.max(0, best - (alpha[k] + beta[k]));
  for (let i = 0; i < n; i++) gaps[i * T + path[i]] = 0;
  return { path, best, gaps };
}
