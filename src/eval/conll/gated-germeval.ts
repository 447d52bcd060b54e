import type { MetricMap } from '../baseline.js';
import { gatedF1 } from '../gated.js';
import type { GermEvalScores } from './germeval-score.js';

/** The gated GermEval metrics: outer and outer12 micro and per-type F1, and the official F1. */
export function germEvalGatedMetrics(s: GermEvalScores): MetricMap {
  const out: MetricMap = {};
  gatedF1('outer', s.outer, out);
  gatedF1('outer12', s.outer12, out);
  out['official.f1'] = s.official.f1;
  return out;
}
