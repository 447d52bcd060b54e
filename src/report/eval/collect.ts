import { goldFacts, predictedFacts } from '../../eval/corpus/facts.js';
import { scoreCorpus, type CorpusReport } from '../../eval/corpus/evaluate.js';
import type { GoldArticle } from '../../eval/corpus/gold.js';
import type { LabeledSpan } from '../../eval/mentions/align.js';
import type { EvalApi } from '../../eval/pipeline-api.js';

/** One scored article as the evaluation pages show it: its text, gold and predicted mentions (UTF-16 offsets). */
export interface EvalDocument {
  name: string;
  text: string;
  gold: LabeledSpan[];
  pred: LabeledSpan[];
}

/**
 * `evaluateCorpus` (src/eval/corpus/evaluate.ts) that also keeps each article's gold and predicted mentions for
 * the HTML pages. The scores come from the same `scoreCorpus` over the same facts, so they equal `--json`'s.
 */
export async function evaluateCorpusDocuments(
  api: EvalApi,
  pipeline: unknown,
  articles: GoldArticle[],
): Promise<{ report: CorpusReport; problems: string[]; documents: EvalDocument[] }> {
  const gold = [];
  const pred = [];
  const problems: string[] = [];
  const documents: EvalDocument[] = [];
  for (const a of articles) {
    const doc = await api.extractText(pipeline, a.text, { path: `de/${a.name}.txt` });
    for (const m of doc.messages ?? []) if (m.fatal) problems.push(`${a.name}: ${m.reason}`);
    const g = goldFacts(a.gold);
    const p = predictedFacts(doc);
    gold.push(g);
    pred.push(p);
    documents.push({ name: a.name, text: a.text, gold: g.mentions, pred: p.mentions });
  }
  return { report: scoreCorpus(gold, pred), problems, documents };
}
