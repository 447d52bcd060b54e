import type { Entity } from '../../document/types.js';
import type { RelationContext } from './context.js';

const ARTICLE = /^(dem|der|den|des|die|das)$/;

/** Skips an acronym in brackets after a name: returns the index of `)`, or `last` when there is none. */
export function skipAcronym(ctx: RelationContext, last: number): number {
  return ctx.token(last + 1)?.norm === '(' && ctx.token(last + 3)?.norm === ')' ? last + 3 : last;
}

/**
 * Places named from token `i`: an optional article, a place adjective and a describing noun, then a place name,
 * followed by `in`/`im` + optional noun + another place (`dem baden-württembergischen Walldorf`,
 * `Troy im Bundesstaat Michigan`, `Santa Clara in Kalifornien`).
 */
export function placeChain(ctx: RelationContext, i: number): Entity[] {
  const out: Entity[] = [];
  const sentence = ctx.token(i - 1)?.sentence;
  let k = i;
  for (let hops = 0; hops < 3; hops++) {
    if (ARTICLE.test(ctx.token(k)?.norm ?? '')) k++;
    const start = k;
    while (k < start + 3 && ctx.token(k)?.sentence === sentence && !ctx.entityAt(k, ['LOC'], ['name'])) {
      const adjective = ctx.entityAt(k, ['LOC'], ['deriv']);
      if (adjective) out.push(adjective);
      else if (ctx.mentionsAt(k).length) return out;
      k++;
    }
    const place = ctx.token(k)?.sentence === sentence ? ctx.entityAt(k, ['LOC'], ['name']) : undefined;
    if (!place) return out;
    out.push(place);
    while (ctx.mentionsAt(k + 1).some((m) => m.entity === place.id)) k++;
    if (!/^(in|im)$/.test(ctx.token(k + 1)?.norm ?? '')) return out;
    k += 2;
  }
  return out;
}

/** Organisations coordinated after a name: `Bosch und Infineon`, `Bosch, Infineon und NXP`. */
export function coordinatedOrgs(ctx: RelationContext, last: number): Entity[] {
  const out: Entity[] = [];
  let k = last + 1;
  while (/^(und|,|sowie)$/.test(ctx.token(k)?.norm ?? '') && ctx.token(k)!.sentence === ctx.token(last)!.sentence) {
    const org = ctx.entityAt(k + 1, ['ORG'], ['name']);
    if (!org) break;
    out.push(org);
    k += 2;
    while (ctx.mentionsAt(k).some((m) => m.entity === org.id)) k++;
  }
  return out;
}
