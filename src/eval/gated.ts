import type { MetricMap } from './baseline.js';
import type { Prf } from './prf.js';

/** Anything with per-type and micro scores. */
interface Typed {
  perType: Record<string, Prf>;
  micro: Prf;
}

/**
 * The gated F1 values of one scored level: `<prefix>.micro.f1` and `<prefix>.perType.<type>.f1` for every type
 * that gold has. Types seen only in predictions are left out: their F1 is 0 by definition, and a pipeline that
 * stops predicting them must not fail the gate as "missing".
 */
export function gatedF1(prefix: string, scores: Typed, out: MetricMap = {}): MetricMap {
  out[`${prefix}.micro.f1`] = scores.micro.f1;
  for (const [type, s] of Object.entries(scores.perType)) {
    if (s.tp + s.fn > 0) out[`${prefix}.perType.${type}.f1`] = s.f1;
  }
  return out;
}
