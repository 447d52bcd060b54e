import type { Entity } from '../../document/types.js';
import type { Proposal, RelationContext } from './context.js';
import { CUE, DELIVERY_VERBS, MAKES_FOR_VERBS } from './cues.js';

const TARGET_PREPOSITION = new Set(['nach', 'an', 'in']);
const ARTICLES = /^(die|der|den|dem|das|des)$/;

/**
 * suppliesTo (ORG -> ORG or LOC): a delivery verb (`liefern`, `verkaufen`, `exportieren`, `beliefern`) with a target
 * after `nach`/`an`/`in` (`nach China liefern`, `in der Volksrepublik verkaufen`), after `auf dem ... Markt`
 * (`auf dem chinesischen Markt verkaufen`), or as the object of `beliefern`; the supplier is the organisation named in
 * the sentence. Also `X erhält ... von Y` (Y supplies X) and making for someone (`Foxconn fertigt für Apple`).
 */
export function suppliesTo(ctx: RelationContext): Proposal[] {
  const out: Proposal[] = [];
  const sentences = ctx.doc.sentences;
  for (let si = 0; si < sentences.length; si++) {
    // Most sentences have neither verb.
    if (!ctx.sentenceHasCue(si, CUE.delivery | CUE.receives)) continue;
    const s = sentences[si];
    let verbAt: number | undefined;
    for (let i = s.tokenStart; i < s.tokenEnd && verbAt === undefined; i++) if (ctx.hasCue(i, CUE.delivery)) verbAt = i;
    const range = Array.from({ length: s.tokenEnd - s.tokenStart }, (_, k) => k + s.tokenStart);
    const receives = range.find((i) => ctx.hasCue(i, CUE.receives));
    if (receives !== undefined) {
      const customer = range.map((i) => ctx.entityAt(i, ['ORG'], ['name'])).find(Boolean);
      const vonAt = range.find((i) => i > receives && ctx.token(i)!.norm === 'von');
      const supplier = vonAt !== undefined ? ctx.entityAt(vonAt + 1, ['ORG'], ['name']) : undefined;
      if (customer && supplier && customer.id !== supplier.id) out.push(ctx.propose(supplier, 'suppliesTo', customer, receives, 0.65, 'suppliesTo.receives-from'));
    }
    if (verbAt === undefined) continue;
    const targets = deliveryTargets(ctx, range, s.tokenEnd, ctx.token(verbAt)!.norm);
    const supplier = supplierIn(ctx, range, targets);
    for (const target of targets.values()) if (supplier && supplier.id !== target.id) out.push(ctx.propose(supplier, 'suppliesTo', target, verbAt, 0.75, 'suppliesTo.delivery-verb'));
  }
  return out;
}

/** What the verb `verb` of a sentence (its tokens `range`) delivers to, or makes for: the targets, by entity id. */
function deliveryTargets(ctx: RelationContext, range: number[], end: number, verb: string): Map<string, Entity> {
  const targets = new Map<string, Entity>();
  const makes = MAKES_FOR_VERBS.has(verb);
  const delivers = DELIVERY_VERBS.has(verb);
  for (const i of range) {
    const w = ctx.token(i)!.norm.toLowerCase();
    if (w === 'für' && makes) {
      const j = ARTICLES.test(ctx.token(i + 1)?.norm ?? '') ? i + 2 : i + 1;
      const e = j < end ? ctx.entityAt(j, ['ORG'], ['name']) : undefined;
      if (e) targets.set(e.id, e);
    }
    if (TARGET_PREPOSITION.has(w) && delivers) {
      let j = ARTICLES.test(ctx.token(i + 1)?.norm ?? '') ? i + 2 : i + 1;
      if (j > i + 1 && /^\p{Ll}/u.test(ctx.token(j)?.norm ?? '')) j++;
      const e = j < end ? ctx.entityAt(j, ['LOC', 'ORG'], ['name']) : undefined;
      if (e) targets.set(e.id, e);
    }
    if (w === 'auf' && ARTICLES.test(ctx.token(i + 1)?.norm ?? '') && /^(Markt|Märkte|Markts)$/.test(ctx.token(i + 3)?.norm ?? '')) {
      const e = ctx.entityAt(i + 2, ['LOC'], ['deriv']);
      if (e) targets.set(e.id, e);
    }
    if (w.startsWith('beliefer')) {
      const j = ARTICLES.test(ctx.token(i + 1)?.norm ?? '') ? i + 2 : i + 1;
      const e = j < end ? ctx.entityAt(j, ['ORG', 'LOC'], ['name']) : undefined;
      if (e) targets.set(e.id, e);
    }
  }
  return targets;
}

/** The supplier: the first organisation named in the sentence that is not a target (names before parts). */
function supplierIn(ctx: RelationContext, range: number[], targets: Map<string, Entity>): Entity | undefined {
  for (const kinds of [['name'], ['part']]) {
    for (const i of range) {
      const e = ctx.entityAt(i, ['ORG'], kinds);
      if (e && !targets.has(e.id)) return e;
    }
  }
  return undefined;
}
