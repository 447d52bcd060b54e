import { Tally } from '../prf.js';
import type { TypedScores } from './entities.js';
import { tallyMultiset } from './multiset.js';
import { normaliseName } from './normalise.js';

/** A relation of one article by the canonical names of its ends. */
export interface FactRelation {
  subject: string;
  predicate: string;
  object: string;
}

const keyOf = (r: FactRelation) => `${normaliseName(r.subject)}\u0000${r.predicate}\u0000${normaliseName(r.object)}`;

/**
 * Relation precision, recall and F1 over (subject name, predicate, object name) triples per article, per
 * predicate and micro-averaged. A triple predicted twice counts once as right and once as a false positive.
 */
export function scoreRelations(gold: FactRelation[][], pred: FactRelation[][]): TypedScores {
  const tally = new Tally();
  gold.forEach((g, i) =>
    tallyMultiset(
      tally,
      g.map((r) => ({ key: keyOf(r), group: r.predicate })),
      pred[i].map((r) => ({ key: keyOf(r), group: r.predicate })),
    ),
  );
  return { perType: tally.perType(), micro: tally.micro() };
}
