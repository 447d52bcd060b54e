import type { ChunkScores } from '../conll/score.js';
import type { GermEvalScores } from '../conll/germeval-score.js';
import type { Prf } from '../prf.js';

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

/** One view in conlleval.pl's own layout, so numbers can be compared line by line with the reference script. */
export function formatConllView(title: string, s: ChunkScores): string[] {
  const m = s.micro;
  const lines = [
    title,
    `processed ${s.tokens} tokens with ${m.tp + m.fn} phrases; found: ${m.tp + m.fp} phrases; correct: ${m.tp}.`,
    `accuracy: ${pct(s.accuracy)}%; precision: ${pct(m.precision)}%; recall: ${pct(m.recall)}%; FB1: ${pct(m.f1)}`,
  ];
  for (const [type, t] of Object.entries(s.perType)) {
    lines.push(`${type.padStart(17)}: precision: ${pct(t.precision)}%; recall: ${pct(t.recall)}%; FB1: ${pct(t.f1)}  ${t.tp + t.fp}`);
  }
  return lines;
}

function formatOfficial(o: Prf): string[] {
  return [
    'official (GermEval 2014 metric 1: strict, combined outer + inner)',
    `found: ${o.tp + o.fp} phrases; gold: ${o.tp + o.fn}; correct: ${o.tp}.`,
    `precision: ${pct(o.precision)}%; recall: ${pct(o.recall)}%; FB1: ${pct(o.f1)}`,
  ];
}

/** The full GermEval report: outer, outer12, inner and official. */
export function formatGermEval(file: string, s: GermEvalScores): string {
  return [
    `GermEval 2014 evaluation of ${file}`,
    '',
    ...formatConllView('outer (4 main types; deriv and part chunks mapped to O on both sides)', s.outer),
    '',
    ...formatConllView('outer12 (outer chunks, all 12 types)', s.outer12),
    '',
    ...formatConllView('inner (inner chunks, all 12 types)', s.inner),
    '',
    ...formatOfficial(s.official),
  ].join('\n');
}
