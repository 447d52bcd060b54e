import type { VNode } from 'preact';
import { alignMentions, type LabeledSpan } from '../../eval/mentions/align.js';
import { html, renderPage } from '../render/html.js';
import { markedText } from '../render/marked-text.js';
import { CATEGORIES, type Category } from '../types.js';
import type { EvalDocument } from './collect.js';

/** A mention's verdict under the strict scheme: right, paired but wrong in span or label, missed, or spurious. */
export type Verdict = 'ok' | 'wrong' | 'miss' | 'fp';
const VERDICT_TEXT: Record<Verdict, string> = { ok: '', wrong: 'wrong span or label', miss: 'missed', fp: 'false positive' };

interface Marked {
  start: number;
  stop: number;
  label: string;
  verdict: Verdict;
}

/** Gold and predicted mentions of one document with their verdicts, from the scorers' one-to-one alignment. */
export function verdicts(gold: LabeledSpan[], pred: LabeledSpan[]): { gold: Marked[]; pred: Marked[] } {
  const a = alignMentions(gold, pred);
  const verdict = new Map<LabeledSpan, Verdict>();
  for (const { gold: g, pred: p } of a.pairs) {
    const v = g.start === p.start && g.end === p.end && g.label === p.label ? 'ok' : 'wrong';
    verdict.set(g, v);
    verdict.set(p, v);
  }
  for (const g of a.missed) verdict.set(g, 'miss');
  for (const p of a.spurious) verdict.set(p, 'fp');
  const marked = (list: LabeledSpan[]) =>
    list.map((m) => ({ start: m.start, stop: m.end, label: m.label, verdict: verdict.get(m)! })).sort((x, y) => x.start - y.start || y.stop - x.stop);
  return { gold: marked(gold), pred: marked(pred) };
}

function category(label: string): { category: Category; kind: string } {
  const m = /^(.*?)(deriv|part)?$/.exec(label)!;
  const c = (CATEGORIES as readonly string[]).includes(m[1]) ? (m[1] as Category) : 'UNTYPED';
  return { category: c, kind: m[2] ?? 'name' };
}

function column(text: string, list: Marked[], side: 'gold' | 'pred'): VNode {
  const mark = (m: Marked) => {
    const { category: c, kind } = category(m.label);
    const label = m.verdict === 'ok' ? m.label : `${m.label} ${VERDICT_TEXT[m.verdict]}`;
    return html`<mark class=${`m c-${c} k-${kind} v-${m.verdict}${m.verdict === 'miss' ? ' miss' : m.verdict === 'fp' ? ' fp' : ''}`} data-label=${label} data-verdict=${m.verdict}>${text.slice(m.start, m.stop)}</mark>`;
  };
  const overlapping: Marked[] = [];
  const marked = markedText(text, 0, text.length, list, mark, (m) => overlapping.push(m));
  return html`<section class=${`side-${side}`} aria-labelledby=${`${side}-h`}>
    <h2 id=${`${side}-h`}>${side === 'gold' ? 'Gold' : 'Predicted'}</h2>
    ${overlapping.length ? html`<p class="warn">Inside other mentions, not marked in the text: ${overlapping.map((m) => `${text.slice(m.start, m.stop)} (${m.label}, ${m.verdict})`).join('; ')}</p>` : ''}
    <div class="text" lang="de">${marked}</div>
  </section>`;
}

/** The page of one evaluated document: gold and predicted mentions side by side, misses and false positives marked. */
export function renderEvalDocPage(doc: EvalDocument): string {
  const v = verdicts(doc.gold, doc.pred);
  const n = (list: Marked[], verdict: Verdict) => list.filter((m) => m.verdict === verdict).length;
  const body = html`
    <h1>${doc.name}</h1>
    <p class="meta">${doc.gold.length} gold mentions, ${doc.pred.length} predicted (strict):
      <span id="n-ok">${n(v.gold, 'ok')}</span> right, <span id="n-wrong">${n(v.gold, 'wrong')}</span> wrong span or label,
      <span id="n-miss">${n(v.gold, 'miss')}</span> missed, <span id="n-fp">${n(v.pred, 'fp')}</span> false positives</p>
    <p>Missed gold mentions have a solid red frame, false positives a dashed one; the verdict is written after the label.</p>
    <div class="cols">${column(doc.text, v.gold, 'gold')}${column(doc.text, v.pred, 'pred')}</div>`;
  return renderPage({ title: `${doc.name}: evaluation`, root: '../', trail: [] }, body);
}
