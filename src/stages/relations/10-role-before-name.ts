import type { Entity } from '../../document/types.js';
import { isTitle, roleOf } from '../../lang/de/roles.js';
import type { Proposal, RelationContext } from './context.js';

/** The role word of a token: the last part of a compound (`Nvidia-Chef` -> `Chef`), or the token. */
function roleWord(ctx: RelationContext, i: number): string {
  const t = ctx.token(i)!;
  return t.parts ? ctx.doc.text.slice(t.parts.at(-1)!.start, t.end) : t.norm;
}

/**
 * headOf from a role noun before a person's name: `Nvidia-Chef Jensen Huang`, `Bahnchef Richard Lutz` (the name
 * inside the role word), `Sachsens Ministerpräsident Michael Kretschmer` (a genitive or derived adjective before
 * the role), and `Präsident Donald Trump` (the KB knows the role, and the place is named in the article).
 */
export function roleBeforeName(ctx: RelationContext): Proposal[] {
  const out: Proposal[] = [];
  for (const person of ctx.doc.entities.filter((e) => e.type === 'PER')) {
    for (const mid of person.mentions) {
      const m = ctx.mentionById.get(mid)!;
      if (m.kind !== 'name') continue;
      let r = ctx.tokenRange(m)[0] - 1;
      while (r >= 0 && isTitle(ctx.token(r)!.norm)) r--;
      if (r < 0 || ctx.token(r)!.sentence !== ctx.token(r + 1)!.sentence) continue;
      const role = roleOf(roleWord(ctx, r));
      if (!role?.head || isFormer(ctx, r)) continue;
      const inside = ctx.entityAt(r, ['ORG', 'LOC'], ['part']);
      const before = inside ?? modifierBefore(ctx, r);
      if (before) {
        out.push(ctx.propose(person, 'headOf', before, r, inside ? 0.9 : 0.8, inside ? 'headOf.role-compound' : 'headOf.modifier-role-name'));
        continue;
      }
      const known = fromKb(ctx, person, roleWord(ctx, r));
      if (known) out.push(ctx.propose(person, 'headOf', known, r, 0.85, 'headOf.role-name-kb'));
      else if (role.ofPlace) {
        const country = onlyCountryInSentence(ctx, r);
        if (country) out.push(ctx.propose(person, 'headOf', country, r, 0.6, 'headOf.role-name-context'));
      }
    }
  }
  return out;
}

/** `Sachsens Ministerpräsident`, `der französische Präsident`: an ORG/LOC genitive or derived adjective before the role. */
function modifierBefore(ctx: RelationContext, r: number): Entity | undefined {
  const prev = r - 1;
  if (prev < 0 || ctx.token(prev)!.sentence !== ctx.token(r)!.sentence) return undefined;
  const m = ctx.mentionsAt(prev).find((x) => x.kind === 'deriv' || /s['’]?$/.test(x.text) || x.text.endsWith("'"));
  const e = ctx.entityOf(m);
  return e && (e.type === 'ORG' || e.type === 'LOC') ? e : undefined;
}

/** The place or organisation the KB says the person heads with this role, when it is named in the article. */
function fromKb(ctx: RelationContext, person: Entity, role: string): Entity | undefined {
  const entry = person.kbId ? ctx.kb.byId(person.kbId) : undefined;
  const stem = role.toLowerCase().replace(/innen$|in$/, '');
  for (const r of entry?.roles ?? []) {
    if (!r.role.toLowerCase().includes(stem) && !stem.includes(r.role.toLowerCase())) continue;
    const target = ctx.doc.entities.find((e) => e.kbId === r.of);
    if (target) return target;
  }
  return undefined;
}

/** The one country named in the sentence of token `r` (`in der US-Hauptstadt ... mit Präsident X`), if exactly one. */
function onlyCountryInSentence(ctx: RelationContext, r: number): Entity | undefined {
  const sentence = ctx.doc.sentences[ctx.token(r)!.sentence];
  const ids = new Set(ctx.doc.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => ctx.entityOf(m)).filter((e) => e?.subtype === 'Country').map((e) => e!.id));
  return ids.size === 1 ? ctx.doc.entities.find((e) => e.id === [...ids][0]) : undefined;
}

const FORMER = /^(ehemalige[rnms]?|frühere[rnms]?|einstige[rnms]?|damalige[rnms]?)$/i;

/** A former or deputy role (`Ex-Siemens-Chef`, `der frühere Präsident`, `Vize-Chef`): not a current headOf. */
function isFormer(ctx: RelationContext, r: number): boolean {
  const word = ctx.token(r)!.norm;
  return /^(Ex|Alt|Vize)-/i.test(word) || FORMER.test(ctx.token(r - 1)?.norm ?? '');
}
