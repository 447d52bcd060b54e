import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/api.js';
import { extract } from '../../helpers/pipeline.js';

/** `subject predicate object (rule)` of a doc's relations, by entity name. */
function withRules(doc: Doc): string[] {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.relations.map((r) => `${names.get(r.subject)} ${r.predicate} ${names.get(r.object)} (${r.rule})`);
}

describe('stakes: each clause (src/stages/relations/stakes/) on a German sentence', () => {
  it.each([
    ['stake-an.ts', 'Volkswagen hält 10 Prozent an Traton.', 'Volkswagen shareholderOf Traton (shareholderOf.stake-an)'],
    ['stake-an.ts, relative', 'Es geht um Traton, an dem Volkswagen beteiligt ist.', 'Volkswagen shareholderOf Traton (shareholderOf.relative-an-beteiligt)'],
    ['owner-noun.ts', 'Größter Aktionär von Volkswagen ist die Porsche SE.', 'Porsche SE shareholderOf Volkswagen (shareholderOf.owner-noun)'],
    ['belongs.ts', 'Die Commerzbank gehört zu zwölf Prozent der Bundesrepublik Deutschland.', 'Deutschland shareholderOf Commerzbank (shareholderOf.gehoert)'],
    ['belongs.ts, zu X gehören', 'Zu Volkswagen gehören Audi und Porsche.', 'Volkswagen shareholderOf Audi (shareholderOf.zu-x-gehoert)'],
    ['joint.ts', 'Das liefert Airbus, ein Gemeinschaftsunternehmen von Thales und Safran.', 'Thales shareholderOf Airbus (shareholderOf.joint-or-subsidiary)'],
    ['acquired.ts', 'Die Lufthansa hat die ITA Airways übernommen.', 'Lufthansa shareholderOf ITA Airways (shareholderOf.acquired)'],
  ])('%s: %s', async (_clause, text, triple) => {
    expect(withRules(await extract(text))).toContain(triple);
  });
});
