import type { Entity } from '../../document/types.js';
import type { Proposal, RelationContext } from './context.js';

const POSSESSIVES = /^(sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres)$/i;
const MAKES = /^(baut|bauen|baute|bauten|produziert|produzieren|produzierte|fertigt|fertigen|fertigte|entwickelt|entwickelte|entwickeln|herstellt|stellt|stellte|brachte|bringt|präsentierte|präsentiert|vorgestellt|gebaut|produziert|gefertigt|entwickelten)$/;

/**
 * manufacturer (ORG -> PRODUCT): a possessive before a product with an organisation as antecedent (`Nvidia ...
 * seine H20-Chips`), a genitive or compound maker before the product (`Nvidias H20`, `der Nvidia-Chip H20`), and
 * make-verbs with the maker before the product in one sentence (`Boeing baut die 737 Max`).
 */
export function manufacturer(ctx: RelationContext): Proposal[] {
  const out: Proposal[] = [];
  for (const m of ctx.doc.mentions) {
    const product = ctx.entityOf(m);
    if (!product || product.type !== 'PRODUCT') continue;
    const [first] = ctx.tokenRange(m);
    const sentence = ctx.token(first)!.sentence;
    for (let k = first - 1; k >= Math.max(0, first - 3) && ctx.token(k)!.sentence === sentence; k--) {
      if (POSSESSIVES.test(ctx.token(k)!.norm)) {
        const maker = antecedentOrg(ctx, k);
        if (maker) out.push(ctx.propose(maker, 'manufacturer', product, first, 0.75, 'manufacturer.possessive-antecedent'));
        break;
      }
    }
    const direct = ctx.entityAt(first - 1, ['ORG'], ['name', 'part']);
    if (direct && ctx.token(first - 1)!.sentence === sentence) out.push(ctx.propose(direct, 'manufacturer', product, first, 0.8, 'manufacturer.maker-before-product'));
    const sentenceTokens = ctx.doc.sentences[sentence];
    const verb = ctx.doc.tokens.slice(sentenceTokens.tokenStart, first).some((t) => MAKES.test(t.norm));
    if (verb) {
      const maker = firstOrgBefore(ctx, sentenceTokens.tokenStart, first);
      if (maker) out.push(ctx.propose(maker, 'manufacturer', product, first, 0.7, 'manufacturer.make-verb'));
    }
  }
  return out;
}

/** The nearest organisation before token `k`, in its sentence or the one before (the antecedent of a possessive). */
function antecedentOrg(ctx: RelationContext, k: number): Entity | undefined {
  const sentence = ctx.token(k)!.sentence;
  for (let i = k - 1; i >= 0 && ctx.token(i)!.sentence >= sentence - 1; i--) {
    const e = ctx.entityAt(i, ['ORG']);
    if (e) return e;
  }
  return undefined;
}

function firstOrgBefore(ctx: RelationContext, from: number, to: number): Entity | undefined {
  for (let i = from; i < to; i++) {
    const e = ctx.entityAt(i, ['ORG'], ['name']);
    if (e) return e;
  }
  return undefined;
}
