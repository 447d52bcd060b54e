import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSONLD_CONTEXT } from '../../../src/stages/jsonld/context.js';
import { fitsSignature, PREDICATES, RELATION_TRIPLES, RELATIONS } from '../../../src/stages/relations/inventory.js';
import { extract } from '../../helpers/pipeline.js';

/**
 * The relation inventory (src/stages/relations/inventory.ts) is the one definition of the relations: what is
 * derived from it in code is checked here; the rules it names in tests/stages/relations/rules.test.ts, the SHACL
 * shapes generated from it in tests/rdf/shapes.test.ts.
 */

const root = join(import.meta.dirname, '..', '..', '..');

describe('the relation inventory, in code', () => {
  it.each(PREDICATES)('%s: its property is in the @context, pointing at an entity', (p) => {
    expect((JSONLD_CONTEXT as Record<string, unknown>)[RELATIONS[p].property]).toEqual({ '@type': '@id' });
  });

  // Written on the subject (headOf) or on the object (founderOf, shareholderOf), as the DESIGN.md table says.
  it.each([
    ['Nvidia-Chef Jensen Huang sprach.', 'http://www.w3.org/ns/org#headOf', 'Jensen Huang', 'Nvidia'],
    ['Tesla-Gründer Elon Musk meldete sich zu Wort.', 'http://schema.org/founder', 'Tesla', 'Elon Musk'],
    ['Volkswagen hält 10 Prozent an Traton.', 'http://www.wikidata.org/prop/direct/P127', 'Traton', 'Volkswagen'],
  ])('%s -> the triple (%s) runs from %s to %s in the output', async (text, iri, from, to) => {
    const doc = await extract(text);
    const graph = (doc.output as { '@graph': Array<{ '@graph'?: Array<Record<string, unknown>> }> })['@graph'].find((g) => g['@graph'])!['@graph']!;
    const named = (name: string) => graph.find((n) => n['schema:name'] === name)!;
    const statement = graph.find((n) => n['rdf:predicate'] === iri)!;
    expect([statement['rdf:subject'], statement['rdf:object']]).toEqual([named(from)['@id'], named(to)['@id']]);
    const property = PREDICATES.map((p) => RELATION_TRIPLES[p]).find((t) => t.iri === iri)!.property;
    expect(named(from)[property]).toContain(named(to)['@id']);
  });

  it.each([
    ['headOf', 'PER', 'LOC', true],
    ['headOf', 'LOC', 'PER', false],
    ['shareholderOf', 'LOC', 'ORG', true],
    ['manufacturer', 'ORG', 'ORG', false],
    ['memberOf', 'PER', undefined, false],
  ] as const)('fitsSignature(%s, %s, %s) -> %s', (predicate, subject, object, expected) => {
    expect(fitsSignature(predicate, subject, object)).toBe(expected);
  });
});

// The docs keep no list of the relations to edit per relation: they point to the listing generated from the
// inventory (`faktum relations`, tested in tests/cli/relations.test.ts).
describe('the docs point to the generated listing of the relations', () => {
  it.each([
    ['README.md', /\| `relations\.de\.v1` \| `src\/stages\/relations\/` \|[^\n]*`faktum relations`[^\n]*\|\n/],
    ['docs/querying.md', /one `rdf:predicate` among the\s+inventory's IRIs \(`faktum relations` lists them\)/],
  ])('%s', (file, pointer) => {
    expect(readFileSync(join(root, file), 'utf8')).toMatch(pointer);
  });
});
