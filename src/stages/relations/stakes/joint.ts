import { JOINT_NOUNS } from '../cues.js';
import type { Named } from './entities.js';
import type { StakeClause } from './scope.js';

/** Words before an owner of a joint venture or a parent: `von X und Z`, `der X`. */
const OWNER_BEFORE = /^(von|des|der|dem|und|sowie)$/;

/**
 * Joint ventures and subsidiaries: `Y, ein Gemeinschaftsunternehmen von X und Z`, `Y ist eine Tochter der X`. The
 * owned organisation is in apposition before the noun, right after it, or named before it; the owners are the
 * organisations after it, after `von`, `der`, `und` or a describing noun (`der Panzerbauer KNDS`).
 */
export const joint: StakeClause = {
  words: JOINT_NOUNS,
  apply(scope, i) {
    const { ctx } = scope;
    const appositive = ctx.token(i - 2)?.norm === ',' ? ctx.entityAt(i - 3, ['ORG'], ['name']) : undefined;
    const orgBefore = () => scope.entities().find((e) => e.index < i && e.entity.type === 'ORG')?.entity;
    const owned = appositive ?? ctx.entityAt(i + 1, ['ORG'], ['name']) ?? orgBefore();
    const afterWord = (x: Named) => OWNER_BEFORE.test(ctx.token(x.index - 1)?.norm ?? '');
    const isOwner = (x: Named) =>
      (x.index > i && x.entity.type === 'ORG' && x.entity.id !== owned?.id && !x.afterPlacePreposition && afterWord(x)) ||
      (x.index > i + 1 && x.entity.type === 'ORG' && x.viaNoun);
    for (const e of scope.entities().filter(isOwner)) scope.add(e.entity, owned, i, 0.7, 'shareholderOf.joint-or-subsidiary');
  },
};
