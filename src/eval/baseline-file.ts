import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { MetricMap } from './baseline.js';

/**
 * A committed baseline file: gated metrics per evaluation key (`corpus:de-news`, `conll:NER-de-dev.tsv`), so
 * one file can gate several runs (GermEval dev and test) and updating one leaves the others alone.
 */
export interface BaselineFile {
  faktumBaseline: 1;
  runs: Record<string, { metrics: MetricMap }>;
}

/** Reads a baseline file; throws with the path when it is missing or malformed. */
export function readBaselineFile(path: string): BaselineFile {
  if (!existsSync(path)) throw new Error(`baseline ${path} does not exist (create it with --update-baseline)`);
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<BaselineFile>;
  if (data.faktumBaseline !== 1 || typeof data.runs !== 'object' || data.runs === null) {
    throw new Error(`baseline ${path}: expected {"faktumBaseline": 1, "runs": {...}}`);
  }
  return data as BaselineFile;
}

/** The baseline metrics of one evaluation key; throws naming the keys present when it is absent. */
export function baselineMetrics(file: BaselineFile, key: string, path: string): MetricMap {
  const entry = file.runs[key];
  if (!entry) throw new Error(`baseline ${path} has no entry "${key}" (has: ${Object.keys(file.runs).join(', ') || 'none'})`);
  return entry.metrics;
}

/** Writes (or replaces) one key of a baseline file, keeping the others; metrics rounded to 4 decimals, keys sorted. */
export function updateBaselineFile(path: string, key: string, metrics: MetricMap): void {
  const file: BaselineFile = existsSync(path) ? readBaselineFile(path) : { faktumBaseline: 1, runs: {} };
  const rounded: MetricMap = {};
  for (const k of Object.keys(metrics).sort()) rounded[k] = Math.round(metrics[k] * 10000) / 10000;
  file.runs[key] = { metrics: rounded };
  const runs: BaselineFile['runs'] = {};
  for (const k of Object.keys(file.runs).sort()) runs[k] = file.runs[k];
  writeFileSync(path, `${JSON.stringify({ faktumBaseline: 1, runs }, null, 2)}\n`);
}
