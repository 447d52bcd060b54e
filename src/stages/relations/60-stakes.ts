import type { Entity } from '../../document/types.js';
import type { Proposal, RelationContext } from './context.js';

const OWNER_NOUNS = /^(Anteilseigner|Großaktionär|Hauptaktionär|Mehrheitsaktionär|Ankeraktionär|Aktionär|Eigentümer|Mehrheitseigner|Miteigentümer)(in|s)?$/;

/**
 * shareholderOf (ORG or LOC -> ORG): `X hält 10 Prozent an Y`, `X ist an Y beteiligt`, `X ... Anteilseigner von Y`,
 * `X ... Großaktionär bei Y`. The owner is the first organisation or place named in the sentence before the stake.
 */
export function stakes(ctx: RelationContext): Proposal[] {
  const out: Proposal[] = [];
  for (const s of ctx.doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const w = ctx.token(i)!.norm;
      const stakeAn = w === 'an' && (ctx.doc.tokens.slice(s.tokenStart, s.tokenEnd).some((t) => /^beteiligt$|^Beteiligung$|^Anteile?$|^Prozent$|^hält$|^halten$|^Anteil$/.test(t.norm)));
      const ownerNoun = OWNER_NOUNS.test(w) && /^(von|bei|des|der)$/.test(ctx.token(i + 1)?.norm ?? '');
      if (!stakeAn && !ownerNoun) continue;
      const j = ownerNoun ? i + 2 : i + 1;
      const owned = ctx.entityAt(ARTICLE.test(ctx.token(j)?.norm ?? '') ? j + 1 : j, ['ORG'], ['name']);
      const owner = owned && firstOwner(ctx, s.tokenStart, i, owned);
      if (owned && owner) out.push(ctx.propose(owner, 'shareholderOf', owned, i, 0.75, ownerNoun ? 'shareholderOf.owner-noun' : 'shareholderOf.stake-an'));
    }
  }
  return out;
}

const ARTICLE = /^(dem|der|den|des|die)$/;

function firstOwner(ctx: RelationContext, from: number, to: number, owned: Entity): Entity | undefined {
  for (let i = from; i < to; i++) {
    const e = ctx.entityAt(i, ['ORG', 'LOC'], ['name']);
    if (e && e.id !== owned.id) return e;
  }
  return undefined;
}
