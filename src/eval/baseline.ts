/** A flat map of gated metric paths to values in `[0, 1]`, e.g. `mentions.strict.micro.f1`. */
export type MetricMap = Record<string, number>;

/** How far a metric may fall (as a fraction: 0.01 is one point of F1) before the gate fails. */
export interface Thresholds {
  /** For micro-averaged (and other overall) metrics. */
  microDrop: number;
  /** For per-type metrics (paths containing `.perType.`). */
  perTypeDrop: number;
}

/** The gate: one point for micro F1, three points per type. */
export const DEFAULT_THRESHOLDS: Thresholds = { microDrop: 0.01, perTypeDrop: 0.03 };

/** A metric that fell by more than its threshold, or that the run no longer reports. */
export interface GateFailure {
  metric: string;
  baseline: number;
  /** Undefined when the run does not report the metric. */
  run?: number;
  /** `baseline - run` (the whole baseline value when missing). */
  drop: number;
  allowed: number;
}

/** True for metric paths gated with the per-type threshold. */
export function isPerType(metric: string): boolean {
  return metric.includes('.perType.');
}

// Scores are ratios of small integers; compare with a tolerance so 0.01 exactly is not a failure by rounding.
const EPSILON = 1e-9;

/**
 * Compares a run with the baseline: each baseline metric that dropped by more than its threshold, or is missing
 * from the run, is a failure. Metrics new in the run pass (update the baseline to gate them). Sorted by path.
 */
export function compareToBaseline(run: MetricMap, baseline: MetricMap, thresholds: Thresholds = DEFAULT_THRESHOLDS): GateFailure[] {
  const failures: GateFailure[] = [];
  for (const metric of Object.keys(baseline).sort()) {
    const base = baseline[metric];
    const allowed = isPerType(metric) ? thresholds.perTypeDrop : thresholds.microDrop;
    const value = run[metric];
    if (typeof value !== 'number' || Number.isNaN(value)) {
      failures.push({ metric, baseline: base, drop: base, allowed });
      continue;
    }
    const drop = base - value;
    if (drop > allowed + EPSILON) failures.push({ metric, baseline: base, run: value, drop, allowed });
  }
  return failures;
}

/** One line per failure: `mentions.strict.micro.f1: 71.20 -> 69.80 (-1.40 points, allowed 1.00)`. */
export function formatFailure(f: GateFailure): string {
  const pts = (x: number) => (100 * x).toFixed(2);
  if (f.run === undefined) return `${f.metric}: missing from this run (baseline ${pts(f.baseline)})`;
  return `${f.metric}: ${pts(f.baseline)} -> ${pts(f.run)} (-${pts(f.drop)} points, allowed ${pts(f.allowed)})`;
}
