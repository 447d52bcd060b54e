import type { FeatureResources } from '../features.js';
import { BOUNDARY_END, BOUNDARY_START, G_FIRST, G_LEFT1, G_LEFT2, G_RIGHT1, G_RIGHT2, G_SELF, wordFeatureKeys } from '../features.js';
import type { Lexicons } from '../lexicons.js';
import type { TrainingSentence } from '../readers/types.js';

/** A training sentence as word ids, masks and (when fully labelled) its gold tags. */
export interface PreparedSentence {
  words: Int32Array;
  masks: Int32Array;
  /** One tag per word when every mask allows exactly one tag; otherwise null (partially labelled). */
  gold: Int32Array | null;
}

/** The training data over dense feature rows: the same features, in the same order, as the perceptron's. */
export interface PreparedData {
  sentences: PreparedSentence[];
  /** Feature hash of each row. */
  keys: Uint32Array;
  /** Per word id, per feature group, its feature rows. */
  wordFeats: Int32Array[][];
  startId: number;
  endId: number;
}

/**
 * Maps the words of the training sentences to ids and their features (`wordFeatureKeys`) to rows numbered in
 * order of first appearance, as `trainPerceptron` does: models of either learner have the same keys.
 * Empty sentences are dropped.
 */
export function prepareSentences(sentences: readonly TrainingSentence[], lexicons: Lexicons, resources: FeatureResources): PreparedData {
  const vocab = new Map<string, number>();
  const featIndex = new Map<number, number>();
  const keys: number[] = [];
  const wordFeats: Int32Array[][] = [];
  const wordId = (w: string): number => {
    let id = vocab.get(w);
    if (id !== undefined) return id;
    id = vocab.size;
    vocab.set(w, id);
    const rows = (k: number): number => {
      let f = featIndex.get(k);
      if (f === undefined) {
        f = keys.length;
        featIndex.set(k, f);
        keys.push(k);
      }
      return f;
    };
    wordFeats.push(wordFeatureKeys(w, lexicons, resources).map((g) => Int32Array.from(g, rows)));
    return id;
  };
  const startId = wordId(BOUNDARY_START);
  const endId = wordId(BOUNDARY_END);
  const prepared = sentences
    .filter((s) => s.words.length > 0)
    .map((s): PreparedSentence => {
      const single = s.masks.every((m) => m !== 0 && (m & (m - 1)) === 0);
      return {
        words: Int32Array.from(s.words, wordId),
        masks: Int32Array.from(s.masks),
        gold: single ? Int32Array.from(s.masks, (m) => 31 - Math.clz32(m)) : null,
      };
    });
  return { sentences: prepared, keys: Uint32Array.from(keys), wordFeats, startId, endId };
}

/**
 * The feature groups that score word `i` of a sentence (its own, the neighbours' at -2..+2, the sentence-first
 * group at word 0), written into `out`; returns how many.
 */
export function groupsAt(d: PreparedData, words: Int32Array, i: number, out: Int32Array[]): number {
  const n = words.length;
  const f = d.wordFeats;
  out[0] = f[words[i]][G_SELF];
  out[1] = f[i >= 1 ? words[i - 1] : d.startId][G_LEFT1];
  out[2] = f[i + 1 < n ? words[i + 1] : d.endId][G_RIGHT1];
  out[3] = f[i >= 2 ? words[i - 2] : d.startId][G_LEFT2];
  out[4] = f[i + 2 < n ? words[i + 2] : d.endId][G_RIGHT2];
  if (i !== 0) return 5;
  out[5] = f[words[0]][G_FIRST];
  return 6;
}
