import { compareToBaseline, formatFailure, type MetricMap } from '../eval/baseline.js';
import { baselineMetrics, readBaselineFile, updateBaselineFile } from '../eval/baseline-file.js';

/** What a gate gives the command: its exit code, the text for stdout and the JSON of `--json`. */
export interface GateOutcome {
  code: number;
  text: string;
  json?: { baseline: string; key: string; updated?: true; passed?: boolean; failures?: ReturnType<typeof compareToBaseline> };
}

/** The options of `faktum eval` a gate reads. */
export interface GateOptions {
  baseline?: string;
  updateBaseline?: boolean;
}

/** Updates or checks the baseline when asked; failures go to stderr, one line per metric with its drop. */
export function applyBaseline(metrics: MetricMap, key: string, defaultPath: string, opts: GateOptions, err: (s: string) => void): GateOutcome {
  if (opts.updateBaseline) {
    const path = opts.baseline ?? defaultPath;
    updateBaselineFile(path, key, metrics);
    return { code: 0, text: `\nbaseline ${path} [${key}] updated (${Object.keys(metrics).length} gated metrics)\n`, json: { baseline: path, key, updated: true } };
  }
  if (!opts.baseline) return { code: 0, text: '' };
  const failures = compareToBaseline(metrics, baselineMetrics(readBaselineFile(opts.baseline), key, opts.baseline));
  const json = { baseline: opts.baseline, key, passed: failures.length === 0, failures };
  if (failures.length === 0) return { code: 0, text: `\ngate: passed against ${opts.baseline} [${key}]\n`, json };
  err(`gate: FAILED against ${opts.baseline} [${key}]: ${failures.length} metric(s) dropped\n`);
  for (const f of failures) err(`  ${formatFailure(f)}\n`);
  return { code: 1, text: `\ngate: FAILED (${failures.length} metrics, listed on stderr)\n`, json };
}
