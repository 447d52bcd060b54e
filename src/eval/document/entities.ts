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
  /**
   * Over the distinct predicted QIDs per article that gold can judge: right when gold has that QID in the
   * article, wrong when the predicted entity is a gold entity with another QID. QIDs on entities gold leaves
   * unlinked (gold links only confirmed ids) are unjudged, not wrong.
   */
  precision: number;
  /** Gold QIDs per article (as a set) that were predicted in that article. */
  recall: number;
  f1: number;
  /** Distinct predicted QIDs per article, summed; and how many of them were judged. */
  predicted: number;
  judged: number;
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
  let judged = 0;
  let right = 0;
  let goldQids = 0;
  let recalled = 0;
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
    const goldSet = new Set(g.flatMap((e) => (e.qid ? [e.qid] : [])));
    const goldQidByKey = new Map(g.flatMap((e) => (e.qid ? [[keyOf(e), e.qid] as const] : [])));
    const predSet = new Set(pred[i].flatMap((e) => (e.qid ? [e.qid] : [])));
    goldQids += goldSet.size;
    predicted += predSet.size;
    for (const q of predSet) {
      if (goldSet.has(q)) {
        right++;
        judged++;
        recalled++;
      } else if (pred[i].some((e) => e.qid === q && goldQidByKey.has(keyOf(e)))) {
        judged++;
      }
    }
  });
  const precision = ratio(right, judged);
  const recall = ratio(recalled, goldQids);
  return { accuracy: ratio(correct, found), found, correct, precision, recall, f1: harmonic(precision, recall), predicted, judged, gold: goldQids };
}
