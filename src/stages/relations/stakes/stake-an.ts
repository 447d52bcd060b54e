import { STAKE_AN } from '../cues.js';
import { orgAfter } from './entities.js';
import type { StakeClause } from './scope.js';

const RELATIVE = /^(dem|der|denen)$/;

/**
 * `an` in a sentence with a stake word: `X hält 10 Prozent an Y`, `X ist an Y beteiligt`, `An Y hält X 70 Prozent`;
 * after a relative pronoun, the owned organisation is the one before it: `Y, an dem X und Z beteiligt sind`.
 */
export const stakeAn: StakeClause = {
  words: STAKE_AN,
  apply(scope, i) {
    const { ctx, s } = scope;
    if (!scope.hasStakeWord()) return;
    const relative = RELATIVE.test(ctx.token(i + 1)?.norm ?? '') && ctx.token(i - 1)?.norm === ',';
    const owned = relative ? ctx.entityAt(i - 2, ['ORG'], ['name']) : orgAfter(ctx, i + 1, s.tokenEnd);
    if (!owned) return;
    const owners = scope.entities().filter(
      (e) => e.entity.id !== owned.id && (e.entity.type === 'ORG' || e.index < i) && (!relative || e.index > i) && !e.afterPlacePreposition,
    );
    for (const o of owners) {
      if (relative) scope.add(o.entity, owned, i, 0.7, 'shareholderOf.relative-an-beteiligt');
      else scope.add(o.entity, owned, i, 0.75, 'shareholderOf.stake-an');
    }
  },
};
