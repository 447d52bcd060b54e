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
 * scores and the word clusters its features use.
 */
export interface ModelData {
  meta: ModelMeta;
  /** Feature hashes (see `features.ts`), one per weight row. */
  keys: Uint32Array;
  /** `keys.length * NUM_TAGS` weights. */
  weights: Float32Array;
  /** `(NUM_TAGS + 1) * NUM_TAGS` transition scores; the last row is the sentence start. */
  transitions: Float32Array;
  clusters: ClusterMap;
  /** Capitalisation statistics its features use. */
  stats: WordStats;
}
