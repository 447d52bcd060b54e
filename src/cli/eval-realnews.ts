import { existsSync } from 'node:fs';
import type { MetricMap } from '../eval/baseline.js';
import type { EvalApi } from '../eval/pipeline-api.js';
import { evaluateRealNews, realNewsGatedMetrics } from '../eval/realnews/evaluate.js';
import { formatRealNews } from '../eval/report/format-realnews.js';

/** The real-news NER gold files scored unless `--gold` names others; those that exist are read. */
export const DEFAULT_REALNEWS_GOLD = ['corpus/ner/leipzig-2015.gold.json', 'corpus/ner/leipzig-2020.gold.json'];
/** The baseline file of `faktum eval realnews`. */
export const DEFAULT_REALNEWS_BASELINE = 'corpus/baseline-realnews.json';

/** How eval.ts gates a run: metrics, baseline key and default file in; exit code and texts out. */
export type Gate = (metrics: MetricMap, key: string, defaultPath: string) => { code: number; text: string; json?: unknown };

/** `faktum eval realnews`: scores the real-news NER dev set (corpus/ner) and gates it. Returns the exit code. */
export async function runRealNews(
  api: EvalApi,
  opts: { pipeline?: string; data: string; gold?: string[]; json?: boolean },
  out: (s: string) => void,
  gate: Gate,
): Promise<number> {
  const files = opts.gold ?? DEFAULT_REALNEWS_GOLD.filter((f) => existsSync(f));
  if (files.length === 0) throw new Error(`no gold file: none of ${DEFAULT_REALNEWS_GOLD.join(', ')} exists`);
  const pipeline = await api.openPipeline(opts.pipeline ? { pipeline: opts.pipeline } : {});
  const report = await evaluateRealNews(api, pipeline, opts.data, files);
  const name = opts.pipeline ?? 'default';
  const g = gate(realNewsGatedMetrics(report), `realnews:${name}`, DEFAULT_REALNEWS_BASELINE);
  if (opts.json) out(`${JSON.stringify({ kind: 'realnews', pipeline: name, ...report, gate: g.json })}\n`);
  else out(`${formatRealNews(report)}\n${g.text}`);
  return g.code;
}
