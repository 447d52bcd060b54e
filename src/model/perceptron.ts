import type { FeatureResources } from './features.js';
import { BOUNDARY_END, BOUNDARY_START, G_FIRST, G_LEFT1, G_LEFT2, G_RIGHT1, G_RIGHT2, G_SELF, NUM_GROUPS, wordFeatureKeys } from './features.js';
import { mulberry32, shuffle } from './hash.js';
import { NUM_TAGS } from './labels.js';
import type { Lexicons } from './lexicons.js';
import type { TrainingSentence } from './readers/types.js';
import { viterbi } from './viterbi.js';

/** Options of `trainPerceptron`. */
export interface PerceptronOptions {
  epochs: number;
  seed: number;
  lexicons: Lexicons;
  resources: FeatureResources;
  /** Called after each epoch with the averaged weights so far (for tuning), and the number of mistakes. */
  onEpoch?: (epoch: number, mistakes: number, averaged: () => TrainedWeights) => void;
}

/** Averaged weights: feature hashes, their weight rows and the transitions. */
export interface TrainedWeights {
  keys: Uint32Array;
  weights: Float32Array;
  transitions: Float32Array;
}

interface Prepared {
  words: Int32Array;
  masks: number[];
  /** Fully labelled: the gold path is the mask itself. */
  gold: Int32Array | null;
}

/**
 * Trains an averaged structured perceptron (Collins 2002) with Viterbi over BIO tags. Partially labelled
 * sentences are handled latent-perceptron style: the "gold" path is the best path under the current weights
 * that is consistent with the allowed tags. Single-threaded and deterministic for a given seed.
 */
export function trainPerceptron(sentences: readonly TrainingSentence[], o: PerceptronOptions): TrainedWeights {
  const T = NUM_TAGS;
  const vocab = new Map<string, number>();
  const featIndex = new Map<number, number>();
  const featKeys: number[] = [];
  const wordFeats: Int32Array[][] = [];
  const wordId = (w: string): number => {
    let id = vocab.get(w);
    if (id !== undefined) return id;
    id = vocab.size;
    vocab.set(w, id);
    wordFeats.push(
      wordFeatureKeys(w, o.lexicons, o.resources).map((keys) =>
        Int32Array.from(keys, (k) => {
          let f = featIndex.get(k);
          if (f === undefined) {
            f = featKeys.length;
            featIndex.set(k, f);
            featKeys.push(k);
          }
          return f;
        }),
      ),
    );
    return id;
  };
  const startId = wordId(BOUNDARY_START);
  const endId = wordId(BOUNDARY_END);
  const data: Prepared[] = sentences
    .filter((s) => s.words.length > 0)
    .map((s) => {
      const single = s.masks.every((m) => (m & (m - 1)) === 0);
      return {
        words: Int32Array.from(s.words, wordId),
        masks: s.masks,
        gold: single ? Int32Array.from(s.masks, (m) => 31 - Math.clz32(m)) : null,
      };
    });
  const F = featKeys.length;
  const W = new Float64Array(F * T);
  const U = new Float64Array(F * T);
  const TR = new Float64Array((T + 1) * T);
  const TU = new Float64Array((T + 1) * T);
  let c = 1;
  const random = mulberry32(o.seed);
  const order = data.map((_, i) => i);
  const work = { score: new Float64Array(0), back: new Int8Array(0) };

  const groupsAt = (words: Int32Array, i: number): Int32Array[] => {
    const n = words.length;
    const g = [
      wordFeats[words[i]][G_SELF],
      wordFeats[i >= 1 ? words[i - 1] : startId][G_LEFT1],
      wordFeats[i + 1 < n ? words[i + 1] : endId][G_RIGHT1],
      wordFeats[i >= 2 ? words[i - 2] : startId][G_LEFT2],
      wordFeats[i + 2 < n ? words[i + 2] : endId][G_RIGHT2],
    ];
    if (i === 0) g.push(wordFeats[words[0]][G_FIRST]);
    return g;
  };
  const update = (words: Int32Array, i: number, tag: number, d: number): void => {
    const cd = c * d;
    for (const feats of groupsAt(words, i)) {
      for (let k = 0; k < feats.length; k++) {
        const idx = feats[k] * T + tag;
        W[idx] += d;
        U[idx] += cd;
      }
    }
  };
  const averaged = (): TrainedWeights => {
    const weights = new Float32Array(F * T);
    for (let i = 0; i < weights.length; i++) weights[i] = W[i] - U[i] / c;
    const transitions = new Float32Array((T + 1) * T);
    for (let i = 0; i < transitions.length; i++) transitions[i] = TR[i] - TU[i] / c;
    return { keys: Uint32Array.from(featKeys), weights, transitions };
  };

  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    shuffle(order, random);
    let mistakes = 0;
    for (const si of order) {
      const s = data[si];
      const n = s.words.length;
      if (work.score.length < n * T) {
        work.score = new Float64Array(n * T * 2);
        work.back = new Int8Array(n * T * 2);
      }
      const em = new Float64Array(n * T);
      for (let i = 0; i < n; i++) {
        const base = i * T;
        for (const feats of groupsAt(s.words, i)) {
          for (let k = 0; k < feats.length; k++) {
            const row = feats[k] * T;
            for (let t = 0; t < T; t++) em[base + t] += W[row + t];
          }
        }
      }
      const pred = viterbi(em, n, TR, undefined, work);
      const gold = s.gold ?? viterbi(em, n, TR, s.masks, work);
      let differs = false;
      for (let i = 0; i < n; i++) {
        if (pred[i] !== gold[i]) {
          differs = true;
          update(s.words, i, gold[i], 1);
          update(s.words, i, pred[i], -1);
        }
      }
      if (differs) {
        mistakes++;
        for (let i = 0; i < n; i++) {
          const gp = i === 0 ? T : gold[i - 1];
          const pp = i === 0 ? T : pred[i - 1];
          if (gp === pp && gold[i] === pred[i]) continue;
          TR[gp * T + gold[i]] += 1;
          TU[gp * T + gold[i]] += c;
          TR[pp * T + pred[i]] -= 1;
          TU[pp * T + pred[i]] -= c;
        }
      }
      c++;
    }
    o.onEpoch?.(epoch, mistakes, averaged);
  }
  return averaged();
}
