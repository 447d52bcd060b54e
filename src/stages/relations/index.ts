import type { Relation } from '../../document/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { getKb } from '../../pipeline/resources.js';
import { RelationContext, type Proposal } from './context.js';
import { fitsSignature, rulesInRunOrder } from './inventory.js';

/**
 * The relation rules in run order, from the inventory (inventory.ts), where each relation names the rules that find
 * it. A new relation and its rule need no edit here.
 */
export const RELATION_RULES = rulesInRunOrder();

/** Keeps one relation per (subject, predicate, object): the most confident, then the earliest evidence. */
export function mergeProposals(proposals: Proposal[]): Relation[] {
  const best = new Map<string, Proposal>();
  for (const p of proposals) {
    const key = `${p.subject} ${p.predicate} ${p.object}`;
    const seen = best.get(key);
    if (!seen || p.confidence > seen.confidence || (p.confidence === seen.confidence && p.sentence < seen.sentence)) best.set(key, p);
  }
  return [...best.values()].sort((a, b) => a.sentence - b.sentence || a.subject.localeCompare(b.subject)).map((p, i) => ({ id: `r${i + 1}`, ...p }));
}

/** Relation extraction from German patterns (`relations.de.v1`), with the type signatures of the inventory (inventory.ts). */
export const relationsStage: Stage = {
  id: 'relations.de.v1',
  requires: ['entities'],
  provides: ['relations'],
  create: (_options, context) => {
    const kb = getKb(context.kbFiles);
    return (doc) => {
      const ctx = new RelationContext(doc, kb);
      const types = new Map(doc.entities.map((e) => [e.id, e.type as string]));
      const fits = (p: Proposal) => p.subject !== p.object && fitsSignature(p.predicate, types.get(p.subject), types.get(p.object));
      const proposals = RELATION_RULES.flatMap((rule) => rule.find(ctx)).filter(fits);
      doc.relations = mergeProposals(proposals);
      doc.layers.add('relations');
    };
  },
};
