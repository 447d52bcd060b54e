import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { readShapes } from '../../../src/rdf/shapes.js';
import { JSONLD_CONTEXT } from '../../../src/stages/jsonld/context.js';
import { fitsSignature, PREDICATES, RELATION_TRIPLES, RELATIONS } from '../../../src/stages/relations/inventory.js';
import { extract } from '../../helpers/pipeline.js';

/**
 * The relation inventory (src/stages/relations/inventory.ts) is the one definition of the relations: what is
 * derived from it in code is checked here, and the texts that cannot import it (the SHACL shapes,
 * docs/querying.md) are checked against it.
 */

const root = join(import.meta.dirname, '..', '..', '..');
const iris = PREDICATES.map((p) => RELATION_TRIPLES[p].iri).sort();

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

describe('the relation inventory in shapes/faktum.shacl.ttl', () => {
  const store = new oxigraph.Store(readShapes());
  const select = (where: string) =>
    (store.query(`PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX fks: <https://w3id.org/faktum/shapes#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX fk: <https://w3id.org/faktum/vocab#>
      SELECT ?v WHERE { ${where} }`) as Array<Map<string, oxigraph.Term>>).map((row) => row.get('v')!.value).sort();

  it('fks:Entity: every relation property points at IRIs', () => {
    const paths = select('fks:Entity sh:property ?p . ?p sh:path ?v ; sh:nodeKind sh:IRI');
    expect(paths).toEqual(expect.arrayContaining(iris));
  });

  it("fks:Statement: rdf:predicate is one of the inventory's IRIs, no other", () => {
    expect(select('fks:Statement sh:property ?p . ?p sh:path rdf:predicate ; sh:in/rdf:rest*/rdf:first ?v')).toEqual(iris);
  });

  it("fks:Statement: fk:relation is one of the inventory's predicates, no other", () => {
    expect(select('fks:Statement sh:property ?p . ?p sh:path fk:relation ; sh:in/rdf:rest*/rdf:first ?v')).toEqual([...PREDICATES].sort());
  });
});

describe('the relation inventory in docs/querying.md', () => {
  const doc = readFileSync(join(root, 'docs', 'querying.md'), 'utf8');

  it.each(PREDICATES)('%s: its property is among the IRIs the shapes allow for rdf:predicate', (p) => {
    const list = /one `rdf:predicate` among the\s+inventory's IRIs \(([^)]*)\)/.exec(doc)?.[1] ?? '';
    expect(list).toContain(`\`${RELATIONS[p].property}\``);
  });
});
