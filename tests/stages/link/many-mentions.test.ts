import { describe, expect, it } from 'vitest';
import { extract } from '../../helpers/pipeline.js';

// Regression (issue 18): linking scanned all full person names for each surname (cluster.ts), all mentions for
// each bracketed acronym (acronyms.ts) and all entities for each cluster naming a KB entry again (index.ts):
// quadratic in the number of mentions (`„Die Bank“ (BNP)` x 80,000 spent 141 s in linking). The look-ups that
// replace the scans must cluster as before.

describe('clusters of documents with many mentions', () => {
  it.each([
    ['a surname joins its one full name', 'Die Sängerin Anna Rohrbach sprach in Berlin. Rohrbach sagte, es gehe voran. ', 'Anna Rohrbach', 2],
    ['an acronym joins its long form', 'Die Europäische Zentralbank (EZB) hob den Leitzins an. Die EZB sagte das. ', 'Europäische Zentralbank', 3],
  ])('%s, also when repeated 300 times', async (_name, text, entity, perCopy) => {
    for (const copies of [1, 300]) {
      const doc = await extract(text.repeat(copies));
      const found = doc.entities.filter((e) => e.name === entity || e.alternateNames.includes(entity));
      expect(found).toHaveLength(1);
      expect(found[0].mentions).toHaveLength(perCopy * copies);
    }
  }, 120_000);
});
