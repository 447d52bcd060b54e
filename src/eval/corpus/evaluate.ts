import type { MetricMap } from '../baseline.js';
import { scoreEntitySets, scoreLinks, type LinkScores, type TypedScores } from '../document/entities.js';
import { scoreRelations } from '../document/relations.js';
import { gatedF1 } from '../gated.js';
import { SCHEMES, scoreMentions, type MentionScores } from '../mentions/semeval.js';
import type { EvalApi } from '../pipeline-api.js';
import { goldFacts, predictedFacts, type ArticleFacts } from './facts.js';
import type { GoldArticle } from './gold.js';

/** The scores of one corpus run. */
export interface CorpusReport {
  articles: number;
  /** Mention level under the SemEval-2013 schemes, per label (PER, ORGpart, MONEY, ...) and micro. */
  mentions: MentionScores;
  /** Document level: entity sets by (normalised canonical name, type) per article. */
  documents: TypedScores;
  links: LinkScores;
  /** Relation triples by (subject name, predicate, object name), per predicate and micro. */
  relations: TypedScores;
}

/** Scores predicted facts against gold facts, article by article (same order). */
export function scoreCorpus(gold: ArticleFacts[], pred: ArticleFacts[]): CorpusReport {
  const entitiesG = gold.map((g) => g.entities);
  const entitiesP = pred.map((p) => p.entities);
  return {
    articles: gold.length,
    mentions: scoreMentions(
      gold.map((g) => g.mentions),
      pred.map((p) => p.mentions),
    ),
    documents: scoreEntitySets(entitiesG, entitiesP),
    links: scoreLinks(entitiesG, entitiesP),
    relations: scoreRelations(
      gold.map((g) => g.relations),
      pred.map((p) => p.relations),
    ),
  };
}

/** Runs the pipeline over every article and scores it. Fatal document messages are returned, not thrown. */
export async function evaluateCorpus(api: EvalApi, pipeline: unknown, articles: GoldArticle[]): Promise<{ report: CorpusReport; problems: string[] }> {
  const gold: ArticleFacts[] = [];
  const pred: ArticleFacts[] = [];
  const problems: string[] = [];
  for (const a of articles) {
    const doc = await api.extractText(pipeline, a.text, { path: `de/${a.name}.txt` });
    for (const m of doc.messages ?? []) if (m.fatal) problems.push(`${a.name}: ${m.reason}`);
    gold.push(goldFacts(a.gold));
    pred.push(predictedFacts(doc));
  }
  return { report: scoreCorpus(gold, pred), problems };
}

/** The gated metrics of a corpus run: micro and per-type F1 of every scheme and level, and link quality. */
export function corpusGatedMetrics(report: CorpusReport): MetricMap {
  const out: MetricMap = {};
  for (const scheme of SCHEMES) gatedF1(`mentions.${scheme}`, report.mentions[scheme], out);
  gatedF1('documents', report.documents, out);
  gatedF1('relations', report.relations, out);
  out['links.accuracy'] = report.links.accuracy;
  out['links.f1'] = report.links.f1;
  return out;
}
