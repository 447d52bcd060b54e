import type { Entity } from '../../document/types.js';
import { CUE } from './cues.js';
import type { Proposal, RelationContext } from './context.js';

const OF = /^(des|der|von|vom|beim|bei)$/;

/** The organisation or place after a role noun at `r`: `Chef der Gewerkschaft Ufo`, `Vorstand von Siemens`. */
function targetAfterRole(ctx: RelationContext, r: number): { entity: Entity; last: number } | undefined {
  if (!OF.test(ctx.token(r + 1)?.norm ?? '')) return undefined;
  const sentence = ctx.token(r)!.sentence;
  for (let k = r + 2; k <= r + 4 && ctx.token(k)?.sentence === sentence; k++) {
    const e = ctx.entityAt(k, ['ORG', 'LOC'], ['name']);
    if (e) {
      let last = k;
      while (ctx.mentionsAt(last + 1).some((m) => m.entity === e.id)) last++;
      return { entity: e, last };
    }
    if (ctx.mentionsAt(k).length || /^[,.;:]$/.test(ctx.token(k)!.norm)) return undefined;
  }
  return undefined;
}

/**
 * headOf from appositions: `Klaus Nieding, Vorstand der DSW, sagte` and `Chef der Gewerkschaft Ufo, Nicoley
 * Baublies, sagte` (a head role with its organisation next to a person's name, separated by a comma).
 */
export function roleAppositive(ctx: RelationContext): Proposal[] {
  const out: Proposal[] = [];
  if (!ctx.documentHasCue(CUE.headRole)) return out;
  for (let r = 0; r < ctx.doc.tokens.length; r++) {
    if (!ctx.hasCue(r, CUE.headRole)) continue;
    const target = targetAfterRole(ctx, r);
    if (!target) continue;
    let before = r - 1;
    while (before >= 0 && /^(der|die|dem|den|neue|neuer|neuen)$/.test(ctx.token(before)!.norm)) before--;
    const personBefore = ctx.token(before)?.norm === ',' ? ctx.entityAt(before - 1, ['PER'], ['name']) : undefined;
    const personAfter = ctx.token(target.last + 1)?.norm === ',' ? ctx.entityAt(target.last + 2, ['PER'], ['name']) : undefined;
    const person = personBefore ?? personAfter;
    if (person && ctx.token(r)!.sentence === ctx.token(target.last)!.sentence) out.push(ctx.propose(person, 'headOf', target.entity, r, 0.75, 'headOf.role-appositive'));
  }
  return out;
}
