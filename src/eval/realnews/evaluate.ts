import type { MetricMap } from '../baseline.js';
import { sentenceDocs, SENTENCES_PER_DOC } from '../links/leipzig.js';
import type { EvalApi } from '../pipeline-api.js';
import { checkAnchors, readNerGold, type NerGold } from './gold.js';
import { predictedSpans } from './predict.js';
import { scoreNer, type NerScores, type ScoredSentence } from './score.js';
import { leipzigSentences } from './sentences.js';

/** The scores of one gold file. */
export interface RealNewsSet {
  file: string;
  year: number;
  mentions: number;
  scores: NerScores;
}

/** The real-news NER report: each gold file, and all of them together. */
export interface RealNewsReport {
  sets: RealNewsSet[];
  overall: NerScores;
}

/**
 * Runs the pipeline over one gold file's sentences, ten to a document joined by newlines in annotation order (so a
 * name seen in one sentence is context for the next, as in a news file), and pairs each sentence's outer
 * predictions with its gold mentions.
 */
async function runGold(api: EvalApi, pipeline: unknown, gold: NerGold, text: Map<number, string>): Promise<ScoredSentence[]> {
  const out: ScoredSentence[] = [];
  const ids = gold.sentences;
  const sds = sentenceDocs(ids.map((id) => text.get(id) as string), SENTENCES_PER_DOC);
  for (const [k, sd] of sds.entries()) {
    const doc = await api.extractText(pipeline, sd.text, { path: `leipzig-${gold.year}/${ids[k * SENTENCES_PER_DOC]}` });
    sd.sentences.forEach((sentence, i) => {
      const id = ids[k * SENTENCES_PER_DOC + i];
      const goldSpans = gold.mentions.filter((m) => m.sentence === id).map(({ start, end, label }) => ({ start, end, label }));
      out.push({ id, text: sentence, gold: goldSpans, predicted: predictedSpans(doc, sd, i) });
    });
  }
  return out;
}

/**
 * Scores the pipeline on the real-news gold files: reads each file, checks its anchors against the Leipzig
 * sentences under `dataDir` (throwing on any mismatch), and scores exact outer spans per file and overall.
 */
export async function evaluateRealNews(api: EvalApi, pipeline: unknown, dataDir: string, goldFiles: readonly string[]): Promise<RealNewsReport> {
  const sets: RealNewsSet[] = [];
  const everything: ScoredSentence[] = [];
  const byYear = new Map<number, Map<number, string>>();
  for (const file of goldFiles) {
    const gold = readNerGold(file);
    if (!byYear.has(gold.year)) byYear.set(gold.year, leipzigSentences(dataDir, gold.year));
    const text = byYear.get(gold.year)!;
    checkAnchors(gold, (id) => text.get(id));
    const scored = await runGold(api, pipeline, gold, text);
    everything.push(...scored);
    sets.push({ file, year: gold.year, mentions: gold.mentions.length, scores: scoreNer(scored) });
  }
  return { sets, overall: scoreNer(everything) };
}

/** Labels with fewer gold mentions than this are reported but not gated: one mention would swing their F1. */
export const GATED_MIN_SUPPORT = 20;

/**
 * The gated metrics: overall micro precision/recall/F1 and names-only F1, per label F1 for well-supported
 * labels, and each year's micro F1 (`y2015.micro.f1`).
 */
export function realNewsGatedMetrics(report: RealNewsReport): MetricMap {
  const round = (x: number) => Math.round(x * 10000) / 10000;
  const o = report.overall;
  const metrics: MetricMap = {};
  for (const k of ['precision', 'recall', 'f1'] as const) metrics[`all.micro.${k}`] = round(o.micro[k]);
  metrics['all.names.f1'] = round(o.names.f1);
  for (const [label, s] of Object.entries(o.perType)) {
    if (s.tp + s.fn >= GATED_MIN_SUPPORT) metrics[`all.perType.${label}.f1`] = round(s.f1);
  }
  for (const set of report.sets) metrics[`y${set.year}.micro.f1`] = round(set.scores.micro.f1);
  return metrics;
}
