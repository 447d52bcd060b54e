import type { FactEntity } from '../document/entities.js';
import type { FactRelation } from '../document/relations.js';
import type { LabeledSpan } from '../mentions/align.js';
import type { EvalDoc } from '../pipeline-api.js';
import type { GoldFile } from './gold.js';

/** What is scored of one article, from gold or from the pipeline. */
export interface ArticleFacts {
  mentions: LabeledSpan[];
  entities: FactEntity[];
  relations: FactRelation[];
}

const VALUE_TYPES = new Set(['MONEY', 'DATE', 'PERCENT']);

/** The gold label of a pipeline mention: type plus `deriv`/`part`; values plain. */
export function mentionLabel(m: { type: string; kind: string }): string {
  return VALUE_TYPES.has(m.type) || m.kind === 'name' ? m.type : `${m.type}${m.kind}`;
}

/** Facts of a gold file; relation ends resolved to canonical names (unknown ids kept as they are). */
export function goldFacts(gold: GoldFile): ArticleFacts {
  const names = new Map(gold.entities.map((e) => [e.id, e.name]));
  return {
    mentions: gold.mentions.map((m) => ({ start: m.start, end: m.end, label: m.label })),
    entities: gold.entities.map((e) => ({ name: e.name, type: e.type, ...(e.qid ? { qid: e.qid } : {}) })),
    relations: gold.relations.map((r) => ({ subject: names.get(r.subject) ?? r.subject, predicate: r.predicate, object: names.get(r.object) ?? r.object })),
  };
}

/** Facts of a pipeline document. */
export function predictedFacts(doc: EvalDoc): ArticleFacts {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return {
    mentions: doc.mentions.map((m) => ({ start: m.start, end: m.end, label: mentionLabel(m) })),
    entities: doc.entities.map((e) => ({ name: e.name, type: e.type, ...(e.qid ? { qid: e.qid } : {}) })),
    relations: doc.relations.map((r) => ({ subject: names.get(r.subject) ?? r.subject, predicate: r.predicate, object: names.get(r.object) ?? r.object })),
  };
}
