import type { Proposal, RelationContext } from './context.js';
import { CUE } from './cues.js';
import { acquired } from './stakes/acquired.js';
import { belongs } from './stakes/belongs.js';
import { joint } from './stakes/joint.js';
import { ownerNoun } from './stakes/owner-noun.js';
import { StakeScope, type StakeClause } from './stakes/scope.js';
import { stakeAn } from './stakes/stake-an.js';

/** The clauses of stakes, one file each in stakes/, tried in this order on every cue word. */
const CLAUSES: readonly StakeClause[] = [stakeAn, ownerNoun, belongs, joint, acquired];

/**
 * shareholderOf (ORG or LOC -> ORG), from the ways German news states ownership:
 * `X hält 10 Prozent an Y`, `X ist an Y beteiligt`, `An Y hält X 70 Prozent`, `Y, an dem X und Z beteiligt sind`;
 * `Y gehört (zu 100 Prozent) dem Land X`, `Zu der X-Gruppe gehören Y und Z`; `Größter Aktionär von Y ist X`;
 * `Y, ein Gemeinschaftsunternehmen von X und Z`; `Y ist eine Tochter der X`; `X hat Y übernommen`.
 */
export function stakes(ctx: RelationContext): Proposal[] {
  const out: Proposal[] = [];
  const sentences = ctx.doc.sentences;
  for (let si = 0; si < sentences.length; si++) {
    // Most sentences have no cue word at all: skip them before making anything.
    if (!ctx.sentenceHasCue(si, CUE.stake)) continue;
    const scope = new StakeScope(ctx, si, out);
    for (let i = scope.s.tokenStart; i < scope.s.tokenEnd; i++) {
      if (!ctx.hasCue(i, CUE.stake)) continue;
      const w = ctx.token(i)!.norm;
      for (const clause of CLAUSES) if (clause.words.has(w)) clause.apply(scope, i);
    }
  }
  return out;
}
