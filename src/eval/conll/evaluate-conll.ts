import type { EvalApi } from '../pipeline-api.js';
import type { GermEvalSentence } from './read-germeval.js';
import { docToNestedTags } from './doc-to-tags.js';
import { scoreGermEval, type GermEvalScores, type NestedTags } from './germeval-score.js';

/**
 * Groups consecutive sentences of one source (the `#` line's URL) into one document. GermEval's sentences come
 * from different articles: tagging them as one document would let in-document rules (name propagation, acronym
 * definitions) carry a name from one article into another.
 */
export function groupBySource(sentences: GermEvalSentence[]): GermEvalSentence[][] {
  const groups: GermEvalSentence[][] = [];
  for (const s of sentences) {
    const last = groups.at(-1);
    if (last && s.source && last[0].source === s.source) last.push(s);
    else groups.push([s]);
  }
  return groups;
}

/** Tags GermEval sentences with the pipeline, one document per source article, and returns the predicted tags. */
export async function tagGermEval(api: EvalApi, pipeline: unknown, sentences: GermEvalSentence[]): Promise<NestedTags[]> {
  const predicted: NestedTags[] = [];
  for (const group of groupBySource(sentences)) {
    const words = group.map((s) => s.tokens);
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
