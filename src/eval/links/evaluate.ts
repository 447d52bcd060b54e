import type { MetricMap } from '../baseline.js';
import type { EvalApi, EvalDoc } from '../pipeline-api.js';
import { linkCoverage, type LinkCoverage } from './coverage.js';
import { checkLinkAnchors, readLinkGold } from './gold.js';
import { readLeipzig2020, sentenceDocs, SENTENCES_PER_DOC } from './leipzig.js';
import { scoreLinks, type LinkGoldScore } from './score.js';

/** The linking report: coverage on the Leipzig 2020 sentences and, when given, precision/recall on a gold set. */
export interface LinkReport {
  documents: number;
  coverage: LinkCoverage;
  gold?: LinkGoldScore & { file: string };
}

/**
 * Runs the pipeline over the Leipzig 2020 sentences under `dataDir` (ten to a document, as users' files of
 * sentences would be) and measures link coverage; scores the gold set's sentences in the same documents. Throws,
 * naming the file and the mention, for a gold file that is malformed or whose anchors are not at their offsets.
 */
export async function evaluateLinks(api: EvalApi, pipeline: unknown, dataDir: string, goldFile?: string): Promise<LinkReport> {
  const sentences = readLeipzig2020(dataDir);
  // The gold is checked against the sentences before the pipeline runs: a wrong offset fails at once, naming it.
  const gold = goldFile ? readLinkGold(goldFile) : undefined;
  if (gold) checkLinkAnchors(gold, (id) => sentences[id - 1]);
  const sds = sentenceDocs(sentences);
  const docs: Array<{ sd: (typeof sds)[number]; doc: EvalDoc }> = [];
  for (const sd of sds) docs.push({ sd, doc: await api.extractText(pipeline, sd.text, { path: `leipzig-2020/${sd.firstId}` }) });
  const report: LinkReport = { documents: docs.length, coverage: linkCoverage(docs.map((d) => d.doc)) };
  if (gold && goldFile) report.gold = { file: goldFile, ...scoreLinks(gold, docs, SENTENCES_PER_DOC) };
  return report;
}

/** The metrics the linking gate watches: coverage by type and overall, gold precision, recall and F1. */
export function linkGatedMetrics(report: LinkReport): MetricMap {
  const round = (x: number) => Math.round(x * 10000) / 10000;
  const metrics: MetricMap = { 'coverage.micro.share': round(report.coverage.micro.share) };
  for (const [type, c] of Object.entries(report.coverage.perType)) metrics[`coverage.perType.${type}.share`] = round(c.share);
  if (report.gold) {
    for (const k of ['precision', 'recall', 'f1'] as const) metrics[`gold.${k}`] = round(report.gold[k]);
    metrics['gold.exactSpans.precision'] = round(report.gold.exactSpans.precision);
  }
  return metrics;
}
