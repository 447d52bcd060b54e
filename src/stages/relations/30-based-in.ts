import type { Entity } from '../../document/types.js';
import { isOrganisationNoun } from '../../lang/de/organisation-nouns.js';
import { roleOf } from '../../lang/de/roles.js';
import type { Proposal, RelationContext } from './context.js';
import { coordinatedOrgs, placeChain, skipAcronym } from './based-in-helpers.js';

/**
 * basedIn (ORG -> LOC) from how German news introduces an organisation:
 * - a place before it, on a describing noun or alone: `US-Techriese Nvidia`, `der taiwanische Chipkonzern TSMC`,
 *   `der dänische Hersteller Vestas`, `die Frankfurter Commerzbank`, `die deutschen Konzerne Bosch und Infineon`;
 * - `X aus Y` (`SAP aus dem baden-württembergischen Walldorf`, `Altair aus Troy im Bundesstaat Michigan`);
 * - `X mit Sitz in Y`, `X hat seinen Sitz in Y`, and `X (ACR) in <city>` (`Kraftfahrt-Bundesamt (KBA) in Flensburg`).
 * Continents are too coarse to be where a company is based and are left out.
 */
export function basedIn(ctx: RelationContext): Proposal[] {
  const out: Proposal[] = [];
  const add = (org: Entity, place: Entity | undefined, at: number, confidence: number, rule: string) => {
    if (place && place.subtype !== 'Continent' && place.id !== org.id) out.push(ctx.propose(org, 'basedIn', place, at, confidence, rule));
  };
  for (const m of ctx.doc.mentions) {
    const org = ctx.entityOf(m);
    if (!org || org.type !== 'ORG' || m.kind !== 'name') continue;
    const [first, last] = ctx.tokenRange(m);
    const sentence = ctx.token(first)!.sentence;
    for (const place of modifierPlaces(ctx, first)) {
      add(org, place, first, 0.85, 'basedIn.place-modifier');
      for (const other of coordinatedOrgs(ctx, last)) add(other, place, first, 0.75, 'basedIn.place-modifier-coordinated');
    }
    const after = skipAcronym(ctx, last);
    const next = ctx.token(after + 1);
    if (!next || next.sentence !== sentence) continue;
    if (next.norm === 'aus') for (const place of placeChain(ctx, after + 2)) add(org, place, after, 0.75, 'basedIn.org-aus-place');
    if (next.norm === 'mit' && ctx.token(after + 2)?.norm === 'Sitz' && ctx.token(after + 3)?.norm === 'in') {
      for (const place of placeChain(ctx, after + 4)) add(org, place, after, 0.9, 'basedIn.mit-sitz-in');
    }
    if (/^(hat|haben)$/.test(next.norm) && /^(seinen|ihren)$/.test(ctx.token(after + 2)?.norm ?? '') && ctx.token(after + 3)?.norm === 'Sitz' && ctx.token(after + 4)?.norm === 'in') {
      for (const place of placeChain(ctx, after + 5)) add(org, place, after, 0.9, 'basedIn.hat-sitz-in');
    }
    if (next.norm === 'in' && after > last) {
      const city = ctx.entityAt(after + 2, ['LOC'], ['name']);
      if (city?.subtype === 'City') add(org, city, after, 0.6, 'basedIn.org-acronym-in-city');
    }
  }
  return out;
}

/**
 * Places in the words before an organisation's name: a place inside a describing noun (`US-Konzern`), a place
 * adjective before that noun (`dänische Hersteller`, with one more adjective allowed: `der weltgrößte`), or a place
 * adjective right before the name (`Frankfurter Commerzbank`).
 */
function modifierPlaces(ctx: RelationContext, first: number): Entity[] {
  const out: Entity[] = [];
  const sentence = ctx.token(first)!.sentence;
  const same = (i: number) => i >= 0 && ctx.token(i)!.sentence === sentence;
  const adjectiveAt = (i: number) => (same(i) ? ctx.entityAt(i, ['LOC'], ['deriv']) : undefined);
  const noun = first - 1;
  if (!same(noun)) return out;
  const direct = adjectiveAt(noun);
  if (direct) return [direct];
  const word = ctx.token(noun)!.norm;
  const describes = isOrganisationNoun(word) || (/^\p{Lu}/u.test(word) && !roleOf(word) && ctx.mentionsAt(noun).every((x) => x.kind === 'part'));
  if (!describes || ctx.mentionsAt(noun).some((x) => x.kind === 'name')) return out;
  const inside = ctx.entityAt(noun, ['LOC'], ['part']);
  if (inside) out.push(inside);
  for (const i of [noun - 1, noun - 2]) {
    const adjective = adjectiveAt(i);
    if (adjective) {
      out.push(adjective);
      break;
    }
    if (!same(i) || !/^\p{Ll}/u.test(ctx.token(i)!.norm)) break;
  }
  return out;
}
