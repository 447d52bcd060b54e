import type { CorpusReport } from '../corpus/evaluate.js';
import type { TypedScores } from '../document/entities.js';
import { SCHEMES } from '../mentions/semeval.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
const num = (x: number) => String(Math.round(x * 10) / 10).padStart(5);

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

function mentionTable(r: CorpusReport): string[] {
  const widths = [14, 5, 5, 6, 6, 7, 6];
  const labels = new Set<string>();
  for (const s of SCHEMES) Object.keys(r.mentions[s].perType).forEach((l) => labels.add(l));
  const strict = r.mentions.strict;
  const lines = [
    'Mentions (SemEval-2013 schemes), F1 by label',
    row(['label', 'gold', 'pred', 'strict', 'exact', 'partial', 'type'], widths),
  ];
  for (const label of [...labels].sort()) {
    const t = strict.perType[label];
    lines.push(row([label, num(t.tp + t.fn), num(t.tp + t.fp), ...SCHEMES.map((s) => pct(r.mentions[s].perType[label]?.f1 ?? 0))], widths));
  }
  lines.push(row(['micro F1', num(strict.counts.pos), num(strict.counts.act), ...SCHEMES.map((s) => pct(r.mentions[s].micro.f1))], widths));
  lines.push(row(['micro P', '', '', ...SCHEMES.map((s) => pct(r.mentions[s].micro.precision))], widths));
  lines.push(row(['micro R', '', '', ...SCHEMES.map((s) => pct(r.mentions[s].micro.recall))], widths));
  return lines;
}

function typedTable(title: string, head: string, s: TypedScores): string[] {
  const widths = [14, 5, 5, 6, 6, 6];
  const lines = [title, row([head, 'gold', 'pred', 'P', 'R', 'F1'], widths)];
  const add = (name: string, t: TypedScores['micro']) =>
    lines.push(row([name, num(t.tp + t.fn), num(t.tp + t.fp), pct(t.precision), pct(t.recall), pct(t.f1)], widths));
  for (const [type, t] of Object.entries(s.perType)) add(type, t);
  add('micro', s.micro);
  return lines;
}

/** The readable corpus report: where the pipeline is weak, by label, level and predicate. */
export function formatCorpus(r: CorpusReport, pipeline: string): string {
  const l = r.links;
  return [
    `faktum eval corpus: ${r.articles} articles, pipeline ${pipeline} (scores in %)`,
    '',
    ...mentionTable(r),
    '',
    ...typedTable('Documents: entity sets per article by (canonical name, type)', 'type', r.documents),
    '',
    'Wikidata links',
    `  accuracy ${pct(l.accuracy).trim()} (${l.correct} of ${l.found} gold entities with a QID that were found)`,
    `  QIDs per article: precision ${pct(l.precision).trim()} (${l.judged} of ${l.predicted} predicted QIDs judged by gold), recall ${pct(l.recall).trim()} (${l.gold} gold), F1 ${pct(l.f1).trim()}`,
    '',
    ...typedTable('Relations: (subject, predicate, object) per article', 'predicate', r.relations),
  ].join('\n');
}
