import { Tally, prf, ratio, type Prf } from '../prf.js';
import { endOfChunk, splitTag, startOfChunk, type SplitTag } from './chunks.js';

/** Chunk scores as conlleval reports them: per type and micro-averaged, plus token accuracy. */
export interface ChunkScores {
  perType: Record<string, Prf>;
  micro: Prf;
  /** Fraction of tokens whose gold and predicted tags are identical. */
  accuracy: number;
  tokens: number;
}

/** Options for {@link scoreChunks}. */
export interface ScoreChunksOptions {
  /** Rewrites each tag before scoring (both sides), e.g. to map types out of the evaluation. */
  mapTag?: (tag: string) => string;
}

const OUTSIDE: SplitTag = { tag: 'O', type: '' };

/**
 * Scores predicted BIO tags against gold tags, sentence by sentence, with conlleval.pl's algorithm: a chunk is
 * correct when gold and prediction start it together with the same type and end it together. Sentence
 * boundaries end every chunk. Precision is 0 (not NaN) when nothing was predicted, recall 0 when gold is empty.
 */
export function scoreChunks(gold: string[][], pred: string[][], options: ScoreChunksOptions = {}): ChunkScores {
  if (gold.length !== pred.length) throw new Error(`scoreChunks: ${gold.length} gold sentences but ${pred.length} predicted`);
  const map = options.mapTag ?? ((t: string) => t);
  const correct = new Map<string, number>();
  const foundGold = new Map<string, number>();
  const foundPred = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let tokens = 0;
  let correctTags = 0;

  gold.forEach((goldTags, s) => {
    const predTags = pred[s];
    if (goldTags.length !== predTags.length) {
      throw new Error(`scoreChunks: sentence ${s} has ${goldTags.length} gold tags but ${predTags.length} predicted`);
    }
    let lastG = OUTSIDE;
    let lastP = OUTSIDE;
    let inCorrect = false;
    // The trailing OUTSIDE step plays conlleval's sentence boundary line: it closes open chunks.
    const steps = goldTags.length + 1;
    for (let i = 0; i < steps; i++) {
      const boundary = i === goldTags.length;
      const g = boundary ? OUTSIDE : splitTag(map(goldTags[i]));
      const p = boundary ? OUTSIDE : splitTag(map(predTags[i]));
      if (inCorrect) {
        const endG = endOfChunk(lastG, g);
        const endP = endOfChunk(lastP, p);
        if (endG && endP && lastG.type === lastP.type) {
          inCorrect = false;
          bump(correct, lastG.type);
        } else if (endG !== endP || g.type !== p.type) {
          inCorrect = false;
        }
      }
      const startG = startOfChunk(lastG, g);
      const startP = startOfChunk(lastP, p);
      if (startG && startP && g.type === p.type) inCorrect = true;
      if (startG) bump(foundGold, g.type);
      if (startP) bump(foundPred, p.type);
      if (!boundary) {
        tokens++;
        if (g.tag === p.tag && g.type === p.type) correctTags++;
      }
      lastG = g;
      lastP = p;
    }
  });

  const tally = new Tally();
  for (const type of new Set([...foundGold.keys(), ...foundPred.keys()])) {
    if (type === '') continue; // conlleval skips untyped chunks in its table
    const tp = correct.get(type) ?? 0;
    tally.add(type, tp, (foundPred.get(type) ?? 0) - tp, (foundGold.get(type) ?? 0) - tp);
  }
  const tp = sum(correct);
  const micro = prf(tp, sum(foundPred) - tp, sum(foundGold) - tp);
  return { perType: tally.perType(), micro, accuracy: ratio(correctTags, tokens), tokens };
}

function sum(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

export { scoreGermEval, mainTypesOnly, type GermEvalScores, type NestedTags } from './germeval-score.js';
