import { join } from 'node:path';
import type { MetricMap } from '../eval/baseline.js';
import type { EvalApi } from '../eval/pipeline-api.js';
import { evaluateRealNews, realNewsGatedMetrics, type RealNewsReport } from '../eval/realnews/evaluate.js';
import { isRealNewsSplit, REALNEWS_SPLITS, realNewsGoldFiles, type RealNewsSplit } from '../eval/realnews/splits.js';
import { formatNerTable, formatRealNews } from '../eval/report/format-realnews.js';

/** The baseline file of `faktum eval realnews` (the dev split only: the test split is never gated). */
export const DEFAULT_REALNEWS_BASELINE = 'corpus/baseline-realnews.json';

/** How eval.ts gates a run: metrics, baseline key and default file in; exit code and texts out. */
export type Gate = (metrics: MetricMap, key: string, defaultPath: string) => { code: number; text: string; json?: unknown };

/** The options of `faktum eval` that `realnews` reads. */
export interface RealNewsOptions {
  pipeline?: string;
  data: string;
  gold?: string[];
  json?: boolean;
  /** `dev` (default) or `test`; checked by {@link realNewsSplitProblem}. */
  split?: string;
  /** The corpus root; the gold files are in its `ner/` folder (default `corpus`). */
  corpus?: string;
  baseline?: string;
  updateBaseline?: boolean;
}

/**
 * Why `--split` cannot be used as given, or undefined: it is for `realnews` only, names `dev` or `test`, does
 * not go with `--gold` (which names the files itself), and the test split is report-only (no baseline).
 */
export function realNewsSplitProblem(target: string | undefined, opts: RealNewsOptions): string | undefined {
  if (opts.split === undefined) return undefined;
  if (target !== 'realnews') return '--split is for `faktum eval realnews`';
  if (!isRealNewsSplit(opts.split)) return `unknown split "${opts.split}" (expected ${REALNEWS_SPLITS.map((s) => `"${s}"`).join(' or ')})`;
  if (opts.gold) return '--split and --gold exclude each other (--gold names the gold files itself)';
  if (opts.split === 'test' && (opts.baseline || opts.updateBaseline)) return '--split test is report-only: no --baseline or --update-baseline (the held-out set is never gated)';
  return undefined;
}

/** The held-out report without its error lines: nobody reads the test split's errors to build a rule. */
function heldOut(r: RealNewsReport): RealNewsReport {
  const quiet = <T extends { errors: string[] }>(s: T): T => ({ ...s, errors: [] });
  return { sets: r.sets.map((s) => ({ ...s, scores: quiet(s.scores) })), overall: quiet(r.overall) };
}

function formatHeldOut(r: RealNewsReport): string {
  const lines = ['Real-news NER, held-out TEST split (GermEval 2014 outer level, exact span and label; report-only)', ''];
  for (const set of r.sets) lines.push(...formatNerTable(`${set.file}: ${set.year}, ${set.scores.sentences} sentences, ${set.mentions} gold mentions`, set.scores), '');
  if (r.sets.length > 1) lines.push(...formatNerTable(`all sets: ${r.overall.sentences} sentences`, r.overall), '');
  lines.push('Errors are not printed for the test split: no rule is built from these sentences (use the dev split).');
  return lines.join('\n') + '\n';
}

/**
 * `faktum eval realnews`: scores the real-news NER set (corpus/ner): the dev split (gated), the held-out test
 * split (`--split test`: scores only, no gate, no error lines), or the `--gold` files. Returns the exit code.
 */
export async function runRealNews(api: EvalApi, opts: RealNewsOptions, out: (s: string) => void, gate: Gate): Promise<number> {
  const split: RealNewsSplit = opts.split === 'test' ? 'test' : 'dev';
  const files = opts.gold ?? realNewsGoldFiles(join(opts.corpus ?? 'corpus', 'ner'), split);
  const pipeline = await api.openPipeline(opts.pipeline ? { pipeline: opts.pipeline } : {});
  const report = await evaluateRealNews(api, pipeline, opts.data, files);
  const name = opts.pipeline ?? 'default';
  if (split === 'test') {
    if (opts.json) out(`${JSON.stringify({ kind: 'realnews', split, pipeline: name, ...heldOut(report) })}\n`);
    else out(formatHeldOut(report));
    return 0;
  }
  const g = gate(realNewsGatedMetrics(report), `realnews:${name}`, DEFAULT_REALNEWS_BASELINE);
  if (opts.json) out(`${JSON.stringify({ kind: 'realnews', pipeline: name, ...report, gate: g.json })}\n`);
  else out(`${formatRealNews(report)}\n${g.text}`);
  return g.code;
}
