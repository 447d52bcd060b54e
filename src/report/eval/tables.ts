import type { VNode } from 'preact';
import type { Prf } from '../../eval/prf.js';
import { html } from '../render/html.js';

/** A score as the text tables print it: percent with one decimal (`0.9082` -> `90.8`). */
export const percent = (v: number) => (100 * v).toFixed(1);

/** One score cell; `data-metric` names the path of the value in `faktum eval corpus --json`, for tests and tools. */
export function scoreCell(metric: string, value: number): VNode {
  return html`<td class="num" data-metric=${metric} data-value=${value}>${percent(value)}</td>`;
}

/** P, R, F1 and the counts of one row. */
export function prfCells(path: string, s: Prf): VNode[] {
  const count = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  return [
    scoreCell(`${path}.precision`, s.precision),
    scoreCell(`${path}.recall`, s.recall),
    scoreCell(`${path}.f1`, s.f1),
    html`<td class="num">${count(s.tp)}</td>`,
    html`<td class="num">${count(s.fp)}</td>`,
    html`<td class="num">${count(s.fn)}</td>`,
  ];
}

/** A table of per-label scores with the micro average last. `path` is the JSON path of the `{perType, micro}` object. */
export function prfTable(id: string, caption: string, path: string, scores: { perType: Record<string, Prf>; micro: Prf }): VNode {
  const labels = Object.keys(scores.perType).sort();
  return html`<table id=${id}>
    <caption>${caption}</caption>
    <thead><tr><th scope="col">Label</th><th scope="col" class="num">P</th><th scope="col" class="num">R</th><th scope="col" class="num">F1</th><th scope="col" class="num">TP</th><th scope="col" class="num">FP</th><th scope="col" class="num">FN</th></tr></thead>
    <tbody>
      ${labels.map((l) => html`<tr><th scope="row">${l}</th>${prfCells(`${path}.perType.${l}`, scores.perType[l])}</tr>`)}
      <tr class="micro"><th scope="row">micro</th>${prfCells(`${path}.micro`, scores.micro)}</tr>
    </tbody>
  </table>`;
}
