import { join } from 'node:path';
import { readGermEval } from '../../eval/conll/read-germeval.js';
import { maskOf, tagIndex } from '../labels.js';
import type { TrainingSentence } from './types.js';

/** Path of a GermEval 2014 split (`dev` or `test`) below the data folder. */
export function germEvalPath(dataDir: string, split: 'dev' | 'test'): string {
  return join(dataDir, 'germeval2014', `NER-de-${split}.tsv`);
}

/**
 * GermEval 2014 as training data: the outer column, fully labelled (its labels are our labels). The inner
 * (embedded) column is not used: the tagger predicts outer chunks only.
 */
export function readGermEvalTraining(file: string): TrainingSentence[] {
  return readGermEval(file).map((s) => ({
    words: s.tokens,
    masks: s.outer.map((t) => {
      const i = tagIndex(t);
      if (i < 0) throw new Error(`${file}: unknown tag ${t}`);
      return maskOf(i);
    }),
  }));
}
