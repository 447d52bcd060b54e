import { SpanIndex } from '../../document/span-index.js';
import type { Candidate } from './candidate.js';

/**
 * A person found after a role noun ends at the first word that is not a capitalised name part, which cuts names
 * with particles short: `Vizekanzler Franz` of `Franz von Papen`, `Präsident Fernando Collor` of
 * `Fernando Collor de Mello`. When the learned tagger reads a longer person name from the same first word, the
 * rule's mention takes the model's end (the model's span lies in one sentence, as all its mentions do); type,
 * source and priority stay the rule's.
 */
export function extendRolePersons(candidates: readonly Candidate[]): Candidate[] {
  const list = candidates.filter((c) => c.source === 'model' && c.type === 'PER' && c.kind === 'name');
  if (!list.length) return [...candidates];
  // By start: a scan of all persons for each rule mention was quadratic in the length of the text.
  const persons = new SpanIndex(list);
  return candidates.map((c) => {
    if (c.source !== 'rule:role-before-name' || c.type !== 'PER') return c;
    const longer = persons.at(c.start).find((p) => p.end > c.end);
    return longer ? { ...c, end: longer.end } : c;
  });
}
