import { Tally, harmonic, ratio, type Prf } from '../prf.js';
import { tallyMultiset } from './multiset.js';
import { normaliseName } from './normalise.js';

/** An entity of one article as the document-level scorer sees it. */
export interface FactEntity {
  name: string;
  type: string;
  qid?: string;
}

/** Scores per type and micro-averaged. */
export interface TypedScores {
  perType: Record<string, Prf>;
  micro: Prf;
}

/** Wikidata link quality. */
export interface LinkScores {
  /** Over gold entities with a QID that were found (same name and type): the fraction linked to the same QID. */
  accuracy: number;
  found: number;
  correct: number;
  /** Predicted QIDs per article (as a set) that gold has in that article. */
  precision: number;
  /** Gold QIDs per article (as a set) that were predicted in that article. */
  recall: number;
  f1: number;
  predicted: number;
  gold: number;
}

const keyOf = (e: FactEntity) => `${normaliseName(e.name)}\u0000${e.type}`;

/**
 * Document level: the entities of each article as a multiset of (normalised canonical name, type). Each gold
 * entity matches at most one prediction, so duplicates in the prediction count as false positives.
 */
export function scoreEntitySets(gold: FactEntity[][], pred: FactEntity[][]): TypedScores {
  const tally = new Tally();
  gold.forEach((g, i) =>
    tallyMultiset(
      tally,
      g.map((e) => ({ key: keyOf(e), group: e.type })),
      pred[i].map((e) => ({ key: keyOf(e), group: e.type })),
    ),
  );
  return { perType: tally.perType(), micro: tally.micro() };
}

/** Wikidata link accuracy over found gold entities, and link precision/recall over per-article QID sets. */
export function scoreLinks(gold: FactEntity[][], pred: FactEntity[][]): LinkScores {
  let found = 0;
  let correct = 0;
  let predicted = 0;
  let goldQids = 0;
  let shared = 0;
  gold.forEach((g, i) => {
    const byKey = new Map<string, FactEntity[]>();
    for (const p of pred[i]) byKey.set(keyOf(p), [...(byKey.get(keyOf(p)) ?? []), p]);
    // Gold entities with a QID pick their prediction first, a same-QID one when there is one.
    for (const e of [...g].sort((a, b) => Number(Boolean(b.qid)) - Number(Boolean(a.qid)))) {
      const candidates = byKey.get(keyOf(e)) ?? [];
      if (candidates.length === 0) continue;
      const same = candidates.findIndex((p) => e.qid !== undefined && p.qid === e.qid);
      const [match] = candidates.splice(same >= 0 ? same : 0, 1);
      if (!e.qid) continue;
      found++;
      if (match.qid === e.qid) correct++;
    }
    const gq = new Set(g.flatMap((e) => (e.qid ? [e.qid] : [])));
    const pq = new Set(pred[i].flatMap((e) => (e.qid ? [e.qid] : [])));
    goldQids += gq.size;
    predicted += pq.size;
    for (const q of pq) if (gq.has(q)) shared++;
  });
  const precision = ratio(shared, predicted);
  const recall = ratio(shared, goldQids);
  return { accuracy: ratio(correct, found), found, correct, precision, recall, f1: harmonic(precision, recall), predicted, gold: goldQids };
}
