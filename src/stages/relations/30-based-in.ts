import { isOrganisationNoun } from '../../lang/de/organisation-nouns.js';
import type { Entity } from '../../document/types.js';
import type { Proposal, RelationContext } from './context.js';

/**
 * basedIn from descriptions of organisations: a place prefix or adjective on an organisation noun right before the
 * name (`US-Techriese Nvidia`, `der taiwanische Chipkonzern TSMC`, `der Münchner Konzern Siemens`), and
 * `X aus Y` / `X mit Sitz in Y`.
 */
export function basedIn(ctx: RelationContext): Proposal[] {
  const out: Proposal[] = [];
  for (const m of ctx.doc.mentions) {
    const org = ctx.entityOf(m);
    if (!org || org.type !== 'ORG' || m.kind !== 'name') continue;
    const [first, last] = ctx.tokenRange(m);
    const noun = ctx.token(first - 1);
    if (noun && noun.sentence === ctx.token(first)!.sentence && isOrganisationNoun(noun.norm)) {
      const place = ctx.entityAt(first - 1, ['LOC'], ['part']) ?? placeAdjective(ctx, first - 2);
      // A continent (`der europäische Flugzeugbauer`) is too coarse to be where a company is based.
      if (place && place.subtype !== 'Continent') out.push(ctx.propose(org, 'basedIn', place, first - 1, 0.85, 'basedIn.place-org-noun-name'));
    }
    const next = ctx.token(last + 1)?.norm;
    if (next === 'aus') {
      const place = ctx.entityAt(last + 2, ['LOC'], ['name']);
      if (place) out.push(ctx.propose(org, 'basedIn', place, last, 0.7, 'basedIn.org-aus-place'));
    }
    if (next === 'mit' && ctx.token(last + 2)?.norm === 'Sitz' && ctx.token(last + 3)?.norm === 'in') {
      const place = ctx.entityAt(last + 4, ['LOC'], ['name']);
      if (place) out.push(ctx.propose(org, 'basedIn', place, last, 0.9, 'basedIn.mit-sitz-in'));
    }
  }
  return out;
}

/** A derived place adjective at token `i` (`taiwanische`, `Münchner`), skipping one more adjective before the noun. */
function placeAdjective(ctx: RelationContext, i: number): Entity | undefined {
  for (const k of [i, i - 1]) {
    const e = k >= 0 ? ctx.entityAt(k, ['LOC'], ['deriv']) : undefined;
    if (e) return e;
  }
  return undefined;
}
