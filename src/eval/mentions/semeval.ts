import { harmonic, ratio, type Prf } from '../prf.js';
import { alignMentions, type LabeledSpan } from './align.js';

export type { LabeledSpan } from './align.js';

/** The SemEval-2013 task 9.1 evaluation schemes. */
export const SCHEMES = ['strict', 'exact', 'partial', 'type'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** SemEval outcome counts: correct, incorrect, partial, missing, spurious; possible (gold) and actual (predicted). */
export interface SemEvalCounts {
  cor: number;
  inc: number;
  par: number;
  mis: number;
  spu: number;
  pos: number;
  act: number;
}

/** Scores of one scheme, per label and micro-averaged. */
export interface SchemeScores {
  perType: Record<string, Prf>;
  micro: Prf;
  counts: SemEvalCounts;
}

export type MentionScores = Record<Scheme, SchemeScores>;

/**
 * Credit of an aligned pair under a scheme: strict needs span and label; exact the span; type an overlap and
 * the label; partial gives 1 for the exact span and 0.5 for an overlap (COR + 0.5 * PAR).
 */
export function credit(scheme: Scheme, gold: LabeledSpan, pred: LabeledSpan): { credit: number; outcome: 'cor' | 'inc' | 'par' } {
  const span = gold.start === pred.start && gold.end === pred.end;
  const label = gold.label === pred.label;
  switch (scheme) {
    case 'strict':
      return span && label ? { credit: 1, outcome: 'cor' } : { credit: 0, outcome: 'inc' };
    case 'exact':
      return span ? { credit: 1, outcome: 'cor' } : { credit: 0, outcome: 'inc' };
    case 'type':
      return label ? { credit: 1, outcome: 'cor' } : { credit: 0, outcome: 'inc' };
    case 'partial':
      return span ? { credit: 1, outcome: 'cor' } : { credit: 0.5, outcome: 'par' };
  }
}

interface TypeCounts {
  pos: number;
  act: number;
  /** Credit attributed to the gold label (recall side) and to the predicted label (precision side). */
  creditGold: number;
  creditPred: number;
}

/**
 * Scores predicted mentions against gold under the four SemEval-2013 schemes, document by document (`gold[i]`
 * and `pred[i]` are the mentions of document `i`). Per label, precision counts predictions with that label and
 * recall gold mentions with it, so a label confusion costs both labels. Empty sides give 0, never NaN.
 */
export function scoreMentions(gold: LabeledSpan[][], pred: LabeledSpan[][]): MentionScores {
  if (gold.length !== pred.length) throw new Error(`scoreMentions: ${gold.length} gold documents but ${pred.length} predicted`);
  const alignments = gold.map((g, i) => alignMentions(g, pred[i]));
  const out = {} as MentionScores;
  for (const scheme of SCHEMES) {
    const counts: SemEvalCounts = { cor: 0, inc: 0, par: 0, mis: 0, spu: 0, pos: 0, act: 0 };
    const perType = new Map<string, TypeCounts>();
    const at = (label: string) => {
      const t = perType.get(label) ?? { pos: 0, act: 0, creditGold: 0, creditPred: 0 };
      perType.set(label, t);
      return t;
    };
    for (const a of alignments) {
      for (const { gold: g, pred: p } of a.pairs) {
        const c = credit(scheme, g, p);
        counts[c.outcome]++;
        at(g.label).pos++;
        at(g.label).creditGold += c.credit;
        at(p.label).act++;
        at(p.label).creditPred += c.credit;
      }
      for (const g of a.missed) at(g.label).pos++;
      for (const p of a.spurious) at(p.label).act++;
      counts.mis += a.missed.length;
      counts.spu += a.spurious.length;
    }
    counts.pos = counts.cor + counts.inc + counts.par + counts.mis;
    counts.act = counts.cor + counts.inc + counts.par + counts.spu;
    const tp = counts.cor + 0.5 * counts.par;
    const types: Record<string, Prf> = {};
    for (const label of [...perType.keys()].sort()) {
      const t = perType.get(label)!;
      types[label] = score(t.creditPred, t.act, t.creditGold, t.pos);
    }
    out[scheme] = { perType: types, micro: score(tp, counts.act, tp, counts.pos), counts };
  }
  return out;
}

function score(creditPred: number, act: number, creditGold: number, pos: number): Prf {
  const precision = ratio(creditPred, act);
  const recall = ratio(creditGold, pos);
  return { precision, recall, f1: harmonic(precision, recall), tp: creditGold, fp: act - creditPred, fn: pos - creditGold };
}
