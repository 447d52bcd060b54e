import type { Entity } from '../../document/types.js';
import type { Proposal, RelationContext } from './context.js';
import { cueGate } from './cue-gate.js';
import { DELIVERY_WORDS, MAKES_FOR_WORDS, RECEIVES_WORDS } from './cue-words.js';

export const DELIVERY_VERB = /^(aus)?(liefer|verkauf|exportier|beliefer|verschiff)(t|te|ten|test|en|n|e|st)?$|^(ge)?(liefert|verkauft|exportiert|beliefert)$|^(aus|zu)(geliefert|verkauft|liefern|verkaufen)$/;
/** Making for someone: `Foxconn fertigt für Apple`, `baut für die Bahn`. */
export const MAKES_FOR = /^(baut|bauen|baute|bauten|fertigt|fertigen|fertigte|produziert|produzieren|produzierte|montiert|montieren|montierte|gebaut|gefertigt)$/;
export const RECEIVES = /^(erhält|erhalten|erhielt|bekommt|bekommen|bekam|bezieht|beziehen|bezog)$/;
const TARGET_PREPOSITION = new Set(['nach', 'an', 'in']);
const ARTICLES = /^(die|der|den|dem|das|des)$/;

/** Every delivery, making or receiving verb passes. */
const mayBeVerb = cueGate([...DELIVERY_WORDS, ...MAKES_FOR_WORDS, ...RECEIVES_WORDS]);

/**
 * suppliesTo (ORG -> ORG or LOC): a delivery verb (`liefern`, `verkaufen`, `exportieren`, `beliefern`) with a target
 * after `nach`/`an`/`in` (`nach China liefern`, `in der Volksrepublik verkaufen`), after `auf dem ... Markt`
 * (`auf dem chinesischen Markt verkaufen`), or as the object of `beliefern`; the supplier is the organisation named in
 * the sentence. Also `X erhält ... von Y` (Y supplies X) and making for someone (`Foxconn fertigt für Apple`).
 */
export function suppliesTo(ctx: RelationContext): Proposal[] {
  const out: Proposal[] = [];
  for (const s of ctx.doc.sentences) {
    // One pass without allocating first: most sentences have neither verb.
    let verbAt: number | undefined;
    let receivesAny = false;
    for (let i = s.tokenStart; i < s.tokenEnd && (verbAt === undefined || !receivesAny); i++) {
      const w = ctx.token(i)!.norm;
      if (!mayBeVerb(w)) continue;
      if (verbAt === undefined && (DELIVERY_VERB.test(w) || MAKES_FOR.test(w))) verbAt = i;
      if (!receivesAny && RECEIVES.test(w)) receivesAny = true;
    }
    if (verbAt === undefined && !receivesAny) continue;
    const range = Array.from({ length: s.tokenEnd - s.tokenStart }, (_, k) => k + s.tokenStart);
    const targets = new Map<string, Entity>();
    for (const i of range) {
      const w = ctx.token(i)!.norm.toLowerCase();
      const makeFor = w === 'für' && MAKES_FOR.test(ctx.token(verbAt ?? -1)?.norm ?? '');
      if (makeFor) {
        const j = ARTICLES.test(ctx.token(i + 1)?.norm ?? '') ? i + 2 : i + 1;
        const e = j < s.tokenEnd ? ctx.entityAt(j, ['ORG'], ['name']) : undefined;
        if (e) targets.set(e.id, e);
      }
      if (TARGET_PREPOSITION.has(w) && DELIVERY_VERB.test(ctx.token(verbAt ?? -1)?.norm ?? '')) {
        let j = ARTICLES.test(ctx.token(i + 1)?.norm ?? '') ? i + 2 : i + 1;
        if (j > i + 1 && /^\p{Ll}/u.test(ctx.token(j)?.norm ?? '')) j++;
        const e = j < s.tokenEnd ? ctx.entityAt(j, ['LOC', 'ORG'], ['name']) : undefined;
        if (e) targets.set(e.id, e);
      }
      if (w === 'auf' && ARTICLES.test(ctx.token(i + 1)?.norm ?? '') && /^(Markt|Märkte|Markts)$/.test(ctx.token(i + 3)?.norm ?? '')) {
        const e = ctx.entityAt(i + 2, ['LOC'], ['deriv']);
        if (e) targets.set(e.id, e);
      }
      if (/^beliefer/.test(w)) {
        const j = ARTICLES.test(ctx.token(i + 1)?.norm ?? '') ? i + 2 : i + 1;
        const e = j < s.tokenEnd ? ctx.entityAt(j, ['ORG', 'LOC'], ['name']) : undefined;
        if (e) targets.set(e.id, e);
      }
    }
    const receives = range.find((i) => RECEIVES.test(ctx.token(i)!.norm));
    if (receives !== undefined) {
      const customer = range.map((i) => ctx.entityAt(i, ['ORG'], ['name'])).find(Boolean);
      const vonAt = range.find((i) => i > receives && ctx.token(i)!.norm === 'von');
      const supplier = vonAt !== undefined ? ctx.entityAt(vonAt + 1, ['ORG'], ['name']) : undefined;
      if (customer && supplier && customer.id !== supplier.id) out.push(ctx.propose(supplier, 'suppliesTo', customer, receives, 0.65, 'suppliesTo.receives-from'));
    }
    const supplier = supplierIn(ctx, range, targets);
    for (const target of targets.values()) if (verbAt !== undefined && supplier && supplier.id !== target.id) out.push(ctx.propose(supplier, 'suppliesTo', target, verbAt, 0.75, 'suppliesTo.delivery-verb'));
  }
  return out;
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
