import { Tally, type Prf } from '../prf.js';
import type { LabelledSpan } from './predict.js';

/** Gold and predicted outer mentions of one sentence, for scoring and for error lines. */
export interface ScoredSentence {
  id: number;
  text: string;
  gold: LabelledSpan[];
  predicted: LabelledSpan[];
}

/** Exact-match scores of a set of sentences. */
export interface NerScores {
  sentences: number;
  /** Per GermEval label (`PER`, `LOCderiv`, …): a gold mention is found when span and label are equal. */
  perType: Record<string, Prf>;
  /** All labels together: the outer 4-class total as GermEval counts it (micro over labels with suffixes too). */
  micro: Prf;
  /** Names only: `PER ORG LOC OTH` without `deriv`/`part`, on both sides. */
  names: Prf;
  /** One line per miss or false alarm: `2221 "Merkel" gold PER, predicted "Merkel" ORG`. */
  errors: string[];
}

const key = (s: LabelledSpan) => `${s.start}:${s.end}:${s.label}`;
const isName = (label: string) => !label.endsWith('deriv') && !label.endsWith('part');

/**
 * Scores exact span-and-label matches: each predicted mention equal to a gold one is a true positive, every other
 * prediction a false positive (counted under its own label), every unmatched gold mention a false negative.
 */
export function scoreNer(sentences: readonly ScoredSentence[]): NerScores {
  const all = new Tally();
  const names = new Tally();
  const errors: string[] = [];
  for (const s of sentences) {
    const gold = new Set(s.gold.map(key));
    const predicted = new Set(s.predicted.map(key));
    const show = (x: LabelledSpan) => `${JSON.stringify(s.text.slice(x.start, x.end))} ${x.label}`;
    for (const g of s.gold) {
      const hit = predicted.has(key(g));
      all.add(g.label, hit ? 1 : 0, 0, hit ? 0 : 1);
      if (isName(g.label)) names.add('names', hit ? 1 : 0, 0, hit ? 0 : 1);
      if (!hit) {
        const near = s.predicted.filter((p) => p.start < g.end && g.start < p.end);
        errors.push(`${s.id} ${show(g)}: ${near.length ? `predicted ${near.map(show).join(', ')}` : 'missed'}`);
      }
    }
    for (const p of s.predicted) {
      if (gold.has(key(p))) continue;
      all.add(p.label, 0, 1, 0);
      if (isName(p.label)) names.add('names', 0, 1, 0);
      if (!s.gold.some((g) => p.start < g.end && g.start < p.end)) errors.push(`${s.id} ${show(p)}: not in gold`);
    }
  }
  names.add('names', 0, 0, 0);
  return { sentences: sentences.length, perType: all.perType(), micro: all.micro(), names: names.micro(), errors };
}
