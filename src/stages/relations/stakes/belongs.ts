import { BELONGS_VERBS } from '../cues.js';
import type { StakeClause } from './scope.js';

/**
 * `gehören`: `Y gehört (zu 100 Prozent) dem Land X` (the owner is the first named after the verb, an organisation
 * or a place with a finer type), and `Zu der X-Gruppe gehören Y und Z` (one organisation before the verb owns those
 * after it).
 */
export const belongs: StakeClause = {
  words: BELONGS_VERBS,
  apply(scope, i) {
    const { ctx, s } = scope;
    const before = scope.entities().filter((e) => e.index < i && e.entity.type === 'ORG' && !e.afterPlacePreposition);
    const after = scope.entities().filter((e) => e.index > i && !e.afterPlacePreposition);
    if (/^(Zu|zu)$/.test(ctx.token(s.tokenStart)!.norm) && before.length === 1) {
      for (const e of after) scope.add(before[0].entity, e.entity, i, 0.7, 'shareholderOf.zu-x-gehoert');
    } else if (before.length && after.length && (after[0].entity.type === 'ORG' || after[0].entity.subtype)) {
      scope.add(after[0].entity, before[0].entity, i, 0.75, 'shareholderOf.gehoert');
    }
  },
};
