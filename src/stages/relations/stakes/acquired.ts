import { ACQUIRED_VERBS } from '../cues.js';
import type { StakeClause } from './scope.js';

/** `X hat Y übernommen`: the first organisation named is the buyer, the next one (not after `in`, `aus`) the target. */
export const acquired: StakeClause = {
  words: ACQUIRED_VERBS,
  apply(scope, i) {
    const buyer = scope.entities().find((e) => e.entity.type === 'ORG' && e.mentionKind === 'name');
    const target = scope.entities().find((e) => e.entity.type === 'ORG' && e.entity.id !== buyer?.entity.id && !e.afterPlacePreposition);
    scope.add(buyer?.entity, target?.entity, i, 0.6, 'shareholderOf.acquired');
  },
};
