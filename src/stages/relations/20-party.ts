import { roleOf } from '../../lang/de/roles.js';
import type { Proposal, RelationContext } from './context.js';

/**
 * memberOf from party affiliations: `Patrick Schnieder (CDU)` (a party in brackets right after a person) and
 * `SPD-Politiker Lars Klingbeil` (a party inside the role word before the name).
 */
export function partyAffiliation(ctx: RelationContext): Proposal[] {
  const out: Proposal[] = [];
  const parties = (id: string | undefined) => !!id && ctx.kb.byId(id)?.schemaType === 'PoliticalParty';
  for (const m of ctx.doc.mentions) {
    const person = ctx.entityOf(m);
    if (!person || person.type !== 'PER' || m.kind !== 'name') continue;
    const [first, last] = ctx.tokenRange(m);
    if (ctx.token(last + 1)?.norm === '(' && ctx.token(last + 3)?.norm === ')') {
      const party = ctx.entityAt(last + 2, ['ORG'], ['name']);
      if (party && (parties(party.kbId) || /^\p{Lu}{2,6}$/u.test(ctx.token(last + 2)!.norm))) out.push(ctx.propose(person, 'memberOf', party, last, 0.9, 'memberOf.party-in-brackets'));
    }
    const before = first - 1;
    const t = ctx.token(before);
    if (t?.parts && t.sentence === ctx.token(first)!.sentence && roleOf(ctx.doc.text.slice(t.parts.at(-1)!.start, t.end))) {
      const party = ctx.entityAt(before, ['ORG'], ['part']);
      if (party && parties(party.kbId)) out.push(ctx.propose(person, 'memberOf', party, before, 0.85, 'memberOf.party-role-compound'));
    }
  }
  return out;
}
