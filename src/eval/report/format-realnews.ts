import type { Prf } from '../prf.js';
import type { RealNewsReport } from '../realnews/evaluate.js';
import type { NerScores } from '../realnews/score.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

function row(name: string, s: Prf): string {
  return `${name.padEnd(9)} ${String(s.tp + s.fn).padStart(5)} ${String(s.tp + s.fp).padStart(5)} ${String(s.tp).padStart(5)}  ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
}

/** One score table: a row per label, then names only and all labels (the outer 4-class total). */
export function formatNerTable(title: string, s: NerScores): string[] {
  const lines = [title, 'label      gold  pred    tp       P      R     F1'];
  for (const [label, p] of Object.entries(s.perType)) lines.push(row(label, p));
  lines.push(row('names', s.names), row('all', s.micro));
  return lines;
}

/** The real-news NER report as text: a table per gold file, one overall, then the first errors to read. */
export function formatRealNews(r: RealNewsReport, top = 40): string {
  const lines: string[] = ['Real-news NER (GermEval 2014 outer level, exact span and label)', ''];
  for (const set of r.sets) {
    lines.push(...formatNerTable(`${set.file}: ${set.year}, ${set.scores.sentences} sentences, ${set.mentions} gold mentions`, set.scores), '');
  }
  if (r.sets.length > 1) lines.push(...formatNerTable(`all sets: ${r.overall.sentences} sentences`, r.overall), '');
  const errors = r.overall.errors;
  lines.push(`Errors (${errors.length}; first ${Math.min(top, errors.length)}, all with --json):`, ...errors.slice(0, top).map((e) => `  ${e}`));
  return lines.join('\n') + '\n';
}
