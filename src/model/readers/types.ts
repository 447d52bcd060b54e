import type { TagMask } from '../labels.js';

/**
 * One training sentence: words and, per word, the set of tags the annotation allows. A fully labelled corpus
 * allows exactly one tag per word; a partially labelled one allows several where its scheme is silent.
 */
export interface TrainingSentence {
  words: string[];
  /** Allowed tags per word, as bitmasks over `TAGS`. */
  masks: TagMask[];
  /**
   * The words are already among the unlabeled text the word clusters and capitalisation statistics are learnt
   * from (self-training on Leipzig): training does not add them to that text a second time.
   */
  unlabeledText?: boolean;
}

/** A named training set. */
export interface TrainingSet {
  name: string;
  sentences: TrainingSentence[];
}
