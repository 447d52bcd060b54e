import type { VNode } from 'preact';
import { compareToBaseline, isPerType, DEFAULT_THRESHOLDS, type MetricMap } from '../../eval/baseline.js';
import { html } from '../render/html.js';

/** How a metric moved against the baseline; each state has a colour and a word, never a colour alone. */
export type Movement = 'failed' | 'lower' | 'same' | 'higher' | 'new' | 'missing';

/** The state of one metric: `failed` when the gate fails on it (dropped beyond its allowance, or missing). */
export function movement(metric: string, run: number | undefined, base: number | undefined, failed: Set<string>): Movement {
  if (failed.has(metric)) return run === undefined ? 'missing' : 'failed';
  if (base === undefined) return 'new';
  if (run === undefined) return 'missing';
  const delta = run - base;
  // Baselines are rounded to 4 decimals: a smaller difference is no change.
  return Math.abs(delta) < 0.00005 ? 'same' : delta > 0 ? 'higher' : 'lower';
}

const CLASS: Record<Movement, string> = { failed: 'bad', missing: 'bad', lower: 'lower', same: 'same', higher: 'good', new: 'same' };

/** The baseline comparison: every gated metric with its baseline, today's value, the change and the gate's verdict. */
export function baselineTable(run: MetricMap, baseline: MetricMap, source: string): VNode {
  const failed = new Set(compareToBaseline(run, baseline).map((f) => f.metric));
  const metrics = [...new Set([...Object.keys(baseline), ...Object.keys(run)])].sort();
  const pts = (v: number | undefined) => (v === undefined ? '–' : (100 * v).toFixed(2));
  return html`<table id="baseline">
    <caption>Against the baseline ${source}: ${failed.size ? `${failed.size} metrics fail the gate` : 'the gate passes'} (allowed drop: ${100 * DEFAULT_THRESHOLDS.microDrop} point overall, ${100 * DEFAULT_THRESHOLDS.perTypeDrop} per type)</caption>
    <thead><tr><th scope="col">Metric</th><th scope="col" class="num">Baseline</th><th scope="col" class="num">This run</th><th scope="col" class="num">Change</th><th scope="col">Verdict</th></tr></thead>
    <tbody>
      ${metrics.map((m) => {
        const state = movement(m, run[m], baseline[m], failed);
        const change = run[m] !== undefined && baseline[m] !== undefined ? (state === 'same' ? 0 : 100 * (run[m] - baseline[m])).toFixed(2) : '–';
        return html`<tr class=${CLASS[state]} data-gated=${m} data-state=${state}>
          <th scope="row"><code>${m}</code>${isPerType(m) ? '' : ' (overall)'}</th>
          <td class="num">${pts(baseline[m])}</td><td class="num">${pts(run[m])}</td>
          <td class="num">${change.startsWith('-') || change === '–' ? change : `+${change}`}</td><td>${state}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
