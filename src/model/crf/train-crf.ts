import { mulberry32, shuffle } from '../hash.js';
import { NUM_TAGS } from '../labels.js';
import type { PerceptronOptions, TrainedWeights } from '../perceptron.js';
import type { TrainingSentence } from '../readers/types.js';
import { viterbi } from '../viterbi.js';
import { LazyAdaGrad } from './adagrad.js';
import { crfWork, sentenceGradient } from './objective.js';
import { groupsAt, prepareSentences } from './prepare.js';

const T = NUM_TAGS;

/** Options of `trainCrf`: the perceptron's, plus the optimiser's. */
export interface CrfOptions extends PerceptronOptions {
  /** AdaGrad step size (default 0.1). */
  rate?: number;
  /** L2 coefficient of the whole objective, `l2 / 2 * |w|^2` per epoch (default 1; 0: none). */
  l2?: number;
  /** Average the parameters over all steps so far (default false: the last ones). */
  average?: boolean;
  /** Called after each epoch with the mean negative log-likelihood per sentence of that epoch. */
  onLoss?: (epoch: number, meanNll: number, skipped: number) => void;
}

/**
 * Trains a linear-chain CRF over the perceptron's features, tags and BIO constraints (so the weights fit the same
 * model file and tagger) by maximising the conditional log-likelihood with AdaGrad, one sentence per step, and a
 * lazily applied L2 penalty (`LazyAdaGrad`). Partially labelled sentences count with their marginal likelihood
 * (all paths allowed by the masks). `onEpoch` gets the weights after each epoch (the last ones, or with
 * `average` their mean over all steps so far) and the number of sentences whose best path, before their step, broke
 * their masks. Single-threaded, deterministic for a given seed.
 */
export function trainCrf(sentences: readonly TrainingSentence[], o: CrfOptions): TrainedWeights {
  const d = prepareSentences(sentences, o.lexicons, o.resources);
  const F = d.keys.length;
  const N = Math.max(1, d.sentences.length);
  const rate = o.rate ?? 0.1;
  const l2 = (o.l2 ?? 1) / N;
  const opt = new LazyAdaGrad(F, T, rate, l2, undefined, o.average);
  const trOpt = new LazyAdaGrad(1, (T + 1) * T, rate, l2, undefined, o.average);
  const W = opt.w;
  const grad = new Float64Array(F * T);
  const trGrad = new Float64Array((T + 1) * T);
  const seen = new Int32Array(F).fill(-1);
  let rows: Int32Array = new Int32Array(1024);
  const groups: Int32Array[] = new Array(6);
  const work = crfWork();
  const vit = { score: new Float64Array(0), back: new Int8Array(0) };
  let em = new Float64Array(64 * T);
  let emGrad = new Float64Array(64 * T);
  const random = mulberry32(o.seed);
  const order = d.sentences.map((_, i) => i);
  let step = 0;

  const weights = (): TrainedWeights => {
    opt.finish(step);
    trOpt.finish(step);
    return { keys: d.keys, weights: opt.averaged(step), transitions: trOpt.averaged(step) };
  };

  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    shuffle(order, random);
    let wrong = 0;
    let skipped = 0;
    let nll = 0;
    for (const si of order) {
      const s = d.sentences[si];
      const n = s.words.length;
      if (em.length < n * T) {
        em = new Float64Array(n * T * 2);
        emGrad = new Float64Array(n * T * 2);
        vit.score = new Float64Array(n * T * 2);
        vit.back = new Int8Array(n * T * 2);
      }
      // the sentence's distinct feature rows, brought up to date, then its emission scores
      let count = 0;
      for (let i = 0; i < n; i++) {
        const gn = groupsAt(d, s.words, i, groups);
        for (let g = 0; g < gn; g++) {
          const feats = groups[g];
          for (let k = 0; k < feats.length; k++) {
            const f = feats[k];
            if (seen[f] === step) continue;
            seen[f] = step;
            if (count === rows.length) rows = growInts(rows);
            rows[count++] = f;
            opt.catchUp(f, step);
          }
        }
      }
      em.fill(0, 0, n * T);
      for (let i = 0; i < n; i++) {
        const gn = groupsAt(d, s.words, i, groups);
        for (let g = 0; g < gn; g++) {
          const feats = groups[g];
          for (let k = 0; k < feats.length; k++) {
            const row = feats[k] * T;
            for (let t = 0; t < T; t++) em[i * T + t] += W[row + t];
          }
        }
      }
      const pred = viterbi(em, n, trOpt.w, undefined, vit);
      for (let i = 0; i < n; i++) {
        if (!(s.masks[i] & (1 << pred[i]))) {
          wrong++;
          break;
        }
      }
      trGrad.fill(0);
      const ll = sentenceGradient(em, n, trOpt.w, s.masks, s.gold, work, emGrad, trGrad);
      if (Number.isNaN(ll)) {
        skipped++;
        step++;
        continue;
      }
      nll -= ll;
      for (let i = 0; i < n; i++) {
        const gn = groupsAt(d, s.words, i, groups);
        for (let g = 0; g < gn; g++) {
          const feats = groups[g];
          for (let k = 0; k < feats.length; k++) {
            const row = feats[k] * T;
            for (let t = 0; t < T; t++) grad[row + t] += emGrad[i * T + t];
          }
        }
      }
      for (let r = 0; r < count; r++) {
        const f = rows[r];
        opt.update(f, grad, f * T, step);
        grad.fill(0, f * T, f * T + T);
      }
      trOpt.catchUp(0, step);
      trOpt.update(0, trGrad, 0, step);
      step++;
    }
    o.onLoss?.(epoch, nll / Math.max(1, N - skipped), skipped);
    o.onEpoch?.(epoch, wrong, weights);
  }
  return weights();
}

function growInts(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
