import { mapSourceTag, repairInsideStarts } from './map-types.js';
import type { TrainingSentence } from './types.js';

/** Collects word/tag pairs of a source-tagged corpus into partially labelled sentences. */
export interface SentenceCollector {
  readonly sentences: TrainingSentence[];
  /** Number of words in the sentence being collected. */
  readonly length: number;
  add(word: string, tag: string): void;
  /** Ends the current sentence (nothing happens when it is empty). */
  flush(): void;
}

/** A collector mapping each source tag with `mapSourceTag` and repairing `I-` tags that start a chunk. */
export function createCollector(): SentenceCollector {
  const sentences: TrainingSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  return {
    sentences,
    get length() {
      return words.length;
    },
    add(word, tag) {
      words.push(word);
      tags.push(tag);
    },
    flush() {
      if (words.length) sentences.push({ words, masks: repairInsideStarts(tags.map(mapSourceTag)) });
      words = [];
      tags = [];
    },
  };
}
