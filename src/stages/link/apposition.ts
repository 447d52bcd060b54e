import type { Doc } from '../../document/doc.js';
import type { Mention } from '../../document/types.js';
import { isBusinessRole } from '../../lang/de/business-roles.js';

/** Index of the token starting at `start`, or -1 (tokens are sorted by offset). */
function tokenAt(doc: Doc, start: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.tokens[mid].start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * True when a business role noun stands right before one of the mentions, in its sentence (`Konzernchef Alexander
 * Otto`, `Markit-Chefökonom Chris Williamson`): the article says the person is in business, which no person table
 * of the KB holds, so a table person of that name (a footballer, an MP) is meant only if the article supports them.
 */
export function businessRoleBefore(doc: Doc, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => {
    const i = tokenAt(doc, m.start);
    const before = i > 0 ? doc.tokens[i - 1] : undefined;
    return !!before && before.sentence === doc.tokens[i].sentence && isBusinessRole(before.norm);
  });
}
