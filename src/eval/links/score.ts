import type { EvalDoc } from '../pipeline-api.js';
import type { LinkGold } from './gold.js';
import type { SentenceDoc } from './leipzig.js';

/** A linked mention the pipeline predicted, in sentence coordinates. */
interface PredictedLink {
  start: number;
  end: number;
  qid: string;
  text: string;
}

/** Link precision and recall against a gold set, with every wrong and spurious link for reading. */
export interface LinkGoldScore {
  /** Gold mentions with a QID, NIL mentions, and unconfirmed ones (not scored). */
  gold: { withQid: number; nil: number; unconfirmed: number };
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** `sentence: "text" gold -> predicted` for each wrong link, and links where the gold has no mention. */
  errors: string[];
  /**
   * The linker alone: links on predicted mentions whose span equals a gold mention's (NER found the name as the
   * annotator marked it), right or wrong. End-to-end precision above also counts NER's errors.
   */
  exactSpans: { tp: number; fp: number; precision: number };
}

/** The end of the annotated part of a sentence (see {@link LinkGold.region}). */
export function regionEnd(sentence: string, region: LinkGold['region']): number {
  const comma = region === 'to-first-comma' ? sentence.indexOf(',') : -1;
  return comma < 0 ? sentence.length : comma;
}

/** The pipeline's linked name mentions inside the annotated part of sentence `index` of a document, in its offsets. */
function linksIn(doc: EvalDoc, sd: SentenceDoc, index: number, region: LinkGold['region']): PredictedLink[] {
  const from = sd.starts[index];
  const to = from + regionEnd(sd.sentences[index], region);
  const qids = new Map(doc.entities.filter((e) => e.qid).map((e) => [e.id, e.qid as string]));
  return doc.mentions
    .filter((m) => m.kind === 'name' && SCORED_TYPES.has(m.type) && m.start >= from && m.end <= to && m.entity && qids.has(m.entity))
    .map((m) => ({ start: m.start - from, end: m.end - from, qid: qids.get(m.entity!)!, text: doc.text.slice(m.start, m.end) }));
}

/** The gold annotates PER, ORG and LOC names only: links of other types cannot be judged against it. */
const SCORED_TYPES = new Set(['PER', 'ORG', 'LOC']);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Scores links end to end over the gold's sentences: a gold mention with a QID is found when a predicted linked
 * mention overlapping it carries that QID; a link on a NIL mention, a different QID, or a link where the gold has
 * no mention at all is a false positive; links on unconfirmed (`?`) gold mentions are not scored.
 */
export function scoreLinks(gold: LinkGold, docs: ReadonlyArray<{ sd: SentenceDoc; doc: EvalDoc }>, perDoc: number): LinkGoldScore {
  const score: LinkGoldScore = { gold: { withQid: 0, nil: 0, unconfirmed: 0 }, tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, errors: [], exactSpans: { tp: 0, fp: 0, precision: 0 } };
  for (const id of gold.sentences) {
    const { sd, doc } = docs[Math.floor((id - 1) / perDoc)];
    const predicted = linksIn(doc, sd, (id - 1) % perDoc, gold.region);
    const mentions = gold.mentions.filter((m) => m.sentence === id);
    for (const g of mentions) {
      if (g.qid === '?') {
        score.gold.unconfirmed++;
        continue;
      }
      if (g.qid === null) score.gold.nil++;
      else score.gold.withQid++;
      const hit = predicted.find((p) => overlaps(p, g));
      if (hit && hit.start === g.start && hit.end === g.end) {
        if (hit.qid === g.qid) score.exactSpans.tp++;
        else score.exactSpans.fp++;
      }
      if (hit && hit.qid === g.qid) score.tp++;
      else {
        if (g.qid !== null) score.fn++;
        if (hit) {
          score.fp++;
          score.errors.push(`${id}: "${g.anchor}" ${g.qid ?? 'NIL'} -> ${hit.qid}`);
        }
      }
    }
    for (const p of predicted) {
      if (mentions.some((g) => overlaps(p, g))) continue;
      score.fp++;
      score.errors.push(`${id}: "${p.text}" (no gold mention) -> ${p.qid}`);
    }
  }
  const exact = score.exactSpans;
  exact.precision = exact.tp + exact.fp ? exact.tp / (exact.tp + exact.fp) : 0;
  score.precision = score.tp + score.fp ? score.tp / (score.tp + score.fp) : 0;
  score.recall = score.gold.withQid ? score.tp / score.gold.withQid : 0;
  score.f1 = score.precision + score.recall ? (2 * score.precision * score.recall) / (score.precision + score.recall) : 0;
  return score;
}
