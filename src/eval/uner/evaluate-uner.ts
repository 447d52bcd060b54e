import type { EvalApi } from '../pipeline-api.js';
import type { GermEvalSentence } from '../conll/read-germeval.js';
import { tagGermEval } from '../conll/evaluate-conll.js';
import { scoreChunks, type ChunkScores } from '../conll/score.js';

/** The classes Universal NER annotates; everything else faktum finds (OTH, `deriv`, `part`) is scored as `O`. */
const UNER_TYPES = new Set(['PER', 'LOC', 'ORG']);

/** A tag as UNER scores it: `B-`/`I-` of PER, LOC or ORG kept, every other tag `O` (`B-LOCderiv`, `B-OTH`). */
export function unerTag(tag: string): string {
  const m = /^([BI])-(.+)$/.exec(tag);
  return m && UNER_TYPES.has(m[2]) ? tag : 'O';
}

/**
 * Tags UNER sentences with the whole pipeline (one document per UNER document, as `faktum eval --conll` does for
 * GermEval) and scores PER/LOC/ORG chunks with conlleval's algorithm: what a user of faktum gets, rules included
 * (scripts/model/evaluate.mjs scores the tagger alone).
 */
export async function evaluateUner(api: EvalApi, pipeline: unknown, sentences: GermEvalSentence[]): Promise<ChunkScores> {
  const predicted = await tagGermEval(api, pipeline, sentences);
  return scoreChunks(
    sentences.map((s) => s.outer),
    predicted.map((p) => p.outer),
    { mapTag: unerTag },
  );
}
