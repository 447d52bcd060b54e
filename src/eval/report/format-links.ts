import type { LinkReport } from '../links/evaluate.js';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** The linking report as text: coverage by type, gold precision/recall, the most frequent unlinked names. */
export function formatLinks(r: LinkReport, top = 50): string {
  const lines = [`Link coverage on the Leipzig 2020 news sentences (${r.documents} documents of 10 sentences)`, 'type   mentions   linked   share'];
  for (const [type, c] of [...Object.entries(r.coverage.perType), ['all', r.coverage.micro] as const]) {
    lines.push(`${type.padEnd(5)}  ${String(c.mentions).padStart(8)}  ${String(c.linked).padStart(7)}  ${pct(c.share).padStart(7)}`);
  }
  if (r.gold) {
    const g = r.gold;
    lines.push('', `Links against ${g.file}: ${g.gold.withQid} gold mentions with a QID, ${g.gold.nil} NIL, ${g.gold.unconfirmed} unconfirmed (not scored)`);
    lines.push(`precision ${pct(g.precision)} (${g.tp} of ${g.tp + g.fp})   recall ${pct(g.recall)} (${g.tp} of ${g.gold.withQid})   F1 ${pct(g.f1)}`);
    const x = g.exactSpans;
    lines.push(`on mentions NER found exactly as annotated: precision ${pct(x.precision)} (${x.tp} of ${x.tp + x.fp})`);
    if (g.errors.length) lines.push('wrong or spurious links:', ...g.errors.map((e) => `  ${e}`));
  }
  lines.push('', `Most frequent unlinked names (top ${top}):`);
  for (const [type, name, n] of r.coverage.topUnlinked.slice(0, top)) lines.push(`${String(n).padStart(5)}  ${type}  ${name}`);
  return lines.join('\n') + '\n';
}
