import { CUE, FOUNDED_VERBS, FOUNDER_NOUNS } from './cues.js';
import type { Proposal, RelationContext } from './context.js';

/**
 * founderOf (PER -> ORG): `Tesla-Gründer Elon Musk`, `Gründer Elon Musk` with the company named in the sentence,
 * `X, Gründer von Y`, and `X gründete Y` / `Y wurde von X gegründet`.
 */
export function founder(ctx: RelationContext): Proposal[] {
  const out: Proposal[] = [];
  const sentences = ctx.doc.sentences;
  for (let si = 0; si < sentences.length; si++) {
    if (!ctx.sentenceHasCue(si, CUE.founding | CUE.foundingPart)) continue;
    const s = sentences[si];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!ctx.hasCue(i, CUE.founding | CUE.foundingPart)) continue;
      const t = ctx.token(i)!;
      const word = t.parts ? ctx.doc.text.slice(t.parts.at(-1)!.start, t.end) : t.norm;
      if (FOUNDER_NOUNS.has(word)) {
        const person = ctx.entityAt(i + 1, ['PER'], ['name']) ?? (ctx.token(i - 1)?.norm === ',' ? ctx.entityAt(i - 2, ['PER'], ['name']) : undefined);
        const org = ctx.entityAt(i, ['ORG'], ['part']) ?? (/^(von|des)$/.test(ctx.token(i + 1)?.norm ?? '') ? ctx.entityAt(i + 2, ['ORG'], ['name']) : undefined);
        if (person && org) out.push(ctx.propose(person, 'founderOf', org, i, 0.85, 'founderOf.founder-noun'));
      }
      if (FOUNDED_VERBS.has(t.norm) || t.norm.endsWith('gegründet')) {
        // The founded organisation is the last one named before the verb (`..., den X 2019 gegründet hat`,
        // `Biontech-Chef X, der das Unternehmen mit Y gegründet hatte`); the founders are the people named before it.
        const before = [...Array(i - s.tokenStart).keys()].map((k) => k + s.tokenStart);
        const org = before.map((k) => ctx.entityAt(k, ['ORG'], ['name', 'part'])).filter(Boolean).at(-1);
        const people = new Set(before.map((k) => ctx.entityAt(k, ['PER'], ['name'])).filter((p): p is NonNullable<typeof p> => !!p));
        for (const person of people) if (org) out.push(ctx.propose(person, 'founderOf', org, i, 0.7, 'founderOf.founded-verb'));
      }
    }
  }
  return out;
}
