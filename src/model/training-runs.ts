import { mulberry32, shuffle } from './hash.js';
import { TAGS } from './labels.js';
import type { TrainedWeights } from './perceptron.js';
import type { TrainingSentence } from './readers/types.js';

/** Averages the weights and transitions of runs over the same features. */
export function mixWeights(runs: TrainedWeights[]): TrainedWeights {
  if (runs.length === 1) return runs[0];
  const [first] = runs;
  for (const r of runs) {
    if (r.keys.length !== first.keys.length || r.keys.some((k, i) => k !== first.keys[i])) throw new Error('runs have different features');
  }
  const weights = new Float32Array(first.weights.length);
  const transitions = new Float32Array(first.transitions.length);
  for (const r of runs) {
    for (let i = 0; i < weights.length; i++) weights[i] += r.weights[i] / runs.length;
    for (let i = 0; i < transitions.length; i++) transitions[i] += r.transitions[i] / runs.length;
  }
  return { keys: first.keys, weights, transitions };
}

/** Gold tag strings of a fully labelled sentence. */
export function goldTags(s: TrainingSentence): string[] {
  return s.masks.map((m) => TAGS[31 - Math.clz32(m)]);
}

/**
 * Splits fully labelled sentences into training and tuning parts (seeded): `fraction` of them go to tuning.
 */
export function carveTuningSplit(sentences: TrainingSentence[], fraction: number, seed: number): { train: TrainingSentence[]; tune: TrainingSentence[] } {
  const idx = shuffle(sentences.map((_, i) => i), mulberry32(seed ^ 0x5eed));
  const cut = Math.round(sentences.length * fraction);
  const tuneSet = new Set(idx.slice(0, cut));
  return { train: sentences.filter((_, i) => !tuneSet.has(i)), tune: sentences.filter((_, i) => tuneSet.has(i)) };
}
