import type { Entity, Sentence } from '../../../document/types.js';
import type { RelationContext } from '../context.js';

/** An entity named in a sentence, with where and how. */
export interface Named {
  entity: Entity;
  index: number;
  mentionKind: string;
  /** Right after `aus`, `in`, `im`, `nach`: a place where something is, not a party to the stake. */
  afterPlacePreposition: boolean;
  /** Named after a describing noun (`der Panzerbauer KNDS`). */
  viaNoun: boolean;
}

/** Organisations and places named in a sentence (names, and organisations inside compounds), first mention each. */
export function entitiesInSentence(ctx: RelationContext, s: Sentence): Named[] {
  const out: Named[] = [];
  const seen = new Set<string>();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    for (const m of ctx.mentionsAt(i)) {
      const e = ctx.entityOf(m);
      if (!e || seen.has(e.id) || !(e.type === 'ORG' || (e.type === 'LOC' && m.kind === 'name')) || m.kind === 'deriv') continue;
      if (m.kind === 'part' && e.type !== 'ORG') continue;
      seen.add(e.id);
      const prev = ctx.token(i - 1)?.norm ?? '';
      const prev2 = ctx.token(i - 2)?.norm ?? '';
      const placePrep = /^(aus|in|im|nach|bei)$/;
      out.push({ entity: e, index: i, mentionKind: m.kind, afterPlacePreposition: placePrep.test(prev) || (placePrep.test(prev2) && /^(dem|der|den)$/.test(prev)), viaNoun: /^\p{Lu}/u.test(prev) });
    }
  }
  return out;
}

/** The first organisation named within three tokens after `i` (skipping an article, adjectives and a noun). */
export function orgAfter(ctx: RelationContext, i: number, end: number): Entity | undefined {
  for (let k = i; k < Math.min(end, i + 4); k++) {
    const org = ctx.entityAt(k, ['ORG'], ['name']);
    if (org) return org;
    const part = ctx.entityAt(k, ['ORG'], ['part']);
    if (part && k === i) return undefined;
  }
  return undefined;
}
