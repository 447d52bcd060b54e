import { chunksOf } from '../eval/conll/chunks.js';

/** Precision, recall and F1 of one chunk type or of all. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

/** Chunk scores: micro over all types and per type. */
export interface ChunkScores {
  micro: PRF;
  perType: Record<string, PRF>;
}

function prf(correct: number, gold: number, predicted: number): PRF {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/**
 * Strict chunk scores (a chunk is right when its span and type are), conlleval-style, for tuning and the model
 * card. `keepType` selects the chunk types scored (e.g. only PER/ORG/LOC/OTH for the 4-type outer score).
 */
export function scoreChunkSets(gold: string[][], pred: string[][], keepType: (t: string) => boolean = () => true): ChunkScores {
  const counts = new Map<string, { g: number; p: number; c: number }>();
  const bump = (type: string, key: 'g' | 'p' | 'c'): void => {
    const e = counts.get(type) ?? { g: 0, p: 0, c: 0 };
    e[key]++;
    counts.set(type, e);
  };
  gold.forEach((g, i) => {
    const gc = chunksOf(g).filter((c) => keepType(c.type));
    const pc = chunksOf(pred[i]).filter((c) => keepType(c.type));
    const gk = new Set(gc.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of gc) bump(c.type, 'g');
    for (const c of pc) {
      bump(c.type, 'p');
      if (gk.has(`${c.start}:${c.end}:${c.type}`)) bump(c.type, 'c');
    }
  });
  let g = 0;
  let p = 0;
  let c = 0;
  const perType: Record<string, PRF> = {};
  for (const [type, e] of [...counts.entries()].sort()) {
    perType[type] = prf(e.c, e.g, e.p);
    g += e.g;
    p += e.p;
    c += e.c;
  }
  return { micro: prf(c, g, p), perType };
}
