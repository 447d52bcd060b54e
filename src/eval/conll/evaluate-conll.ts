import type { EvalApi } from '../pipeline-api.js';
import type { GermEvalSentence } from './read-germeval.js';
import { docToNestedTags } from './doc-to-tags.js';
import { scoreGermEval, type GermEvalScores, type NestedTags } from './germeval-score.js';

/** Sentences per `extractTokens` call: keeps each document (and memory) small on the 5,100-sentence test set. */
const BATCH = 200;

/** Tags GermEval sentences with the pipeline, in batches, and returns the predicted outer and inner tags. */
export async function tagGermEval(api: EvalApi, pipeline: unknown, sentences: GermEvalSentence[]): Promise<NestedTags[]> {
  const predicted: NestedTags[] = [];
  for (let i = 0; i < sentences.length; i += BATCH) {
    const words = sentences.slice(i, i + BATCH).map((s) => s.tokens);
    const doc = await api.extractTokens(pipeline, words);
    predicted.push(...docToNestedTags(doc, words));
  }
  return predicted;
}

/** Tags and scores GermEval sentences: outer (4 types), outer12, inner and the official metric. */
export async function evaluateConll(api: EvalApi, pipeline: unknown, sentences: GermEvalSentence[]): Promise<GermEvalScores> {
  const predicted = await tagGermEval(api, pipeline, sentences);
  return scoreGermEval(sentences, predicted);
}
