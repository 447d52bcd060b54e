import { OWNER_NOUNS } from '../cues.js';
import { orgAfter } from './entities.js';
import type { StakeClause } from './scope.js';

const OF = /^(von|bei|des|der)$/;

/** An owner noun before the owned organisation, the owner named after it: `Größter Aktionär von Y ist X`. */
export const ownerNoun: StakeClause = {
  words: OWNER_NOUNS,
  apply(scope, i) {
    const { ctx, s } = scope;
    if (!OF.test(ctx.token(i + 1)?.norm ?? '')) return;
    const owned = orgAfter(ctx, i + 2, s.tokenEnd);
    const owner = scope.entities().find((e) => e.entity.id !== owned?.id && !e.afterPlacePreposition && e.index > i + 2);
    scope.add(owner?.entity, owned, i, 0.75, 'shareholderOf.owner-noun');
  },
};
