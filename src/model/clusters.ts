import { findHash, fnv1a } from './hash.js';

/** A word's cluster at two granularities. */
export interface WordCluster {
  fine: number;
  coarse: number;
}

/** Word clusters keyed by the hash of the surface form (so the model file stores no word list). */
export class ClusterMap {
  constructor(
    /** Sorted word hashes. */
    readonly keys: Uint32Array,
    /** Fine cluster per key. */
    readonly fine: Uint16Array,
    /** Coarse cluster per fine cluster. */
    readonly coarseOfFine: Uint16Array,
  ) {}

  static empty(): ClusterMap {
    return new ClusterMap(new Uint32Array(0), new Uint16Array(0), new Uint16Array(0));
  }

  /** The clusters of a word, or undefined when it was too rare in the clustering text. */
  lookup(word: string): WordCluster | undefined {
    const fine = this.fineOf(word);
    return fine < 0 ? undefined : { fine, coarse: this.coarseOfFine[fine] };
  }

  /** The fine cluster of a word (its coarse cluster: `coarseOfFine[fine]`), or -1 like `lookup`'s undefined. */
  fineOf(word: string): number {
    const at = findHash(this.keys, fnv1a(word));
    return at < 0 ? -1 : this.fine[at];
  }
}

/** Options of `clusterWords`. */
export interface ClusterOptions {
  fineClusters: number;
  coarseClusters: number;
  minCount: number;
  maxWords: number;
  contextWords: number;
  iterations: number;
  seed: number;
}

/** The clustering the shipped model was trained with: 256 fine and 32 coarse clusters of the 40,000 most frequent words. */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  fineClusters: 256,
  coarseClusters: 32,
  minCount: 3,
  maxWords: 40000,
  contextWords: 800,
  iterations: 12,
  seed: 1,
};
