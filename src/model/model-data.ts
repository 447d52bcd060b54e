import type { ClusterMap } from './clusters.js';
import type { WordStats } from './word-stats.js';

/** Descriptive metadata stored in a model file. */
export interface ModelMeta {
  name: string;
  version: string;
  /** Free-form training facts (seed, epochs, sets, counts), kept for the model card. */
  training: Record<string, unknown>;
}

/**
 * A trained model in memory: hashed feature keys with one weight row of `NUM_TAGS` per key, the transition
 * scores and the word clusters its features use. Its weights are floats while it is trained, and as a model file
 * stores them once it is loaded (see ModelWeights).
 */
export type ModelData = ModelBase & ModelWeights;

/** All of a model but its weights. */
export interface ModelBase {
  meta: ModelMeta;
  /** Feature hashes (see `features.ts`), one per weight row. */
  keys: Uint32Array;
  /** `(NUM_TAGS + 1) * NUM_TAGS` transition scores; the last row is the sentence start. */
  transitions: Float32Array;
  clusters: ClusterMap;
  /** Capitalisation statistics its features use. */
  stats: WordStats;
}

/**
 * The weights, `keys.length * NUM_TAGS` of them: floats during training, or as a model file stores them, signed
 * bytes with one scale per row, the weight of row `r` and tag `t` being `Math.fround(q[r * NUM_TAGS + t] * scales[r])`
 * (a quarter of the memory: 5 instead of 20 MB in every worker thread; the tagger reads them only for words new to
 * its cache).
 */
export type ModelWeights = { weights: Float32Array } | { q: Int8Array; scales: Float32Array };
