import type { Entity } from '../../document/types.js';
import type { Proposal, RelationContext } from './context.js';

const POSSESSIVES = /^(sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres)$/i;
const MAKES = /^(baut|bauen|baute|bauten|gebaut|liefert|produziert|produzieren|produzierte|fertigt|fertigen|fertigte|entwickelt|entwickelte|entwickeln|herstellt|stellt|stellte|brachte|bringt|präsentierte|präsentiert|vorgestellt|gebaut|produziert|gefertigt|entwickelten)$/;

/**
 * manufacturer (ORG -> PRODUCT): a possessive before a product with an organisation as antecedent (`Nvidia ...
 * seine H20-Chips`), a genitive or compound maker before the product (`Nvidias H20`, `der Nvidia-Chip H20`), and
 * make-verbs or `vom Typ` with the maker nearest the verb (`Boeing baut die 737 Max`, `Den Radpanzer Boxer baut
 * Artec`, `73 Züge vom Typ ICE 3neo`), and `PRODUCT von ORG` (`die Baureihe JK von Stadler`).
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
    const s = ctx.doc.sentences[sentence];
    const [, last] = ctx.tokenRange(m);
    if (ctx.token(last + 1)?.norm === 'von' && ctx.token(last + 1)!.sentence === sentence) {
      const maker = ctx.entityAt(ARTICLE.test(ctx.token(last + 2)?.norm ?? '') ? last + 3 : last + 2, ['ORG'], ['name']);
      if (maker) out.push(ctx.propose(maker, 'manufacturer', product, first, 0.8, 'manufacturer.product-von-maker'));
    }
    const verbAt = ctx.doc.tokens.slice(s.tokenStart, s.tokenEnd).findIndex((t) => MAKES.test(t.norm)) + s.tokenStart;
    const typeOf = /^(Typ|Typs|Baureihe|Modell|Modells)$/.test(ctx.token(first - 1)?.norm ?? '');
    if (verbAt >= s.tokenStart || typeOf) {
      const maker = nearestOrg(ctx, s.tokenStart, s.tokenEnd, verbAt >= s.tokenStart ? verbAt : first, product.id);
      if (maker) out.push(ctx.propose(maker, 'manufacturer', product, first, 0.7, typeOf && verbAt < s.tokenStart ? 'manufacturer.vom-typ' : 'manufacturer.make-verb'));
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

const ARTICLE = /^(dem|der|den)$/;

/** The organisation named nearest to token `at` in the sentence (a maker is the subject or agent of the verb). */
function nearestOrg(ctx: RelationContext, from: number, to: number, at: number, not: string): Entity | undefined {
  let best: { e: Entity; d: number } | undefined;
  for (let i = from; i < to; i++) {
    const e = ctx.entityAt(i, ['ORG'], ['name']);
    if (!e || e.id === not || /^(an|für|bei)$/.test(ctx.token(i - 1)?.norm ?? '')) continue;
    const d = Math.abs(i - at);
    if (!best || d < best.d) best = { e, d };
  }
  return best?.e;
}
