import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import oxigraph from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContractValidator } from '../../src/rdf/shacl.js';
import { contractShapes, readShapes, SHAPES_FILE } from '../../src/rdf/shapes.js';
import { validateJsonLdFile } from '../../src/rdf/validate-file.js';
import { isPredicate, PREDICATES, RELATION_TRIPLES, RELATIONS, type RelationSpec } from '../../src/stages/relations/inventory.js';
import { extractionNodes, jsonLdOf, nodesOfType, SEED } from './fixture.js';

/** The relation part of the shapes is generated from the relation inventory when faktum reads its shapes (shapes.ts). */

type Json = Record<string, unknown>;
const iris = PREDICATES.map((p) => RELATION_TRIPLES[p].iri);

/** The values `where` binds to ?v in the shapes, sorted. */
function select(quads: oxigraph.Quad[], where: string): string[] {
  const store = new oxigraph.Store(quads);
  const rows = store.query(`PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX fks: <https://w3id.org/faktum/shapes#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> SELECT ?v WHERE { ${where} }`) as Array<Map<string, oxigraph.Term>>;
  return rows.map((row) => row.get('v')!.value).sort();
}

describe('the relation part of the shapes, generated from the inventory', () => {
  const shapes = readShapes();

  it.each([
    [
      'fks:Entity: each relation property points at IRIs',
      // schema:sameAs is the one entity property besides the relations that must be an IRI.
      'fks:Entity sh:property ?p . ?p sh:path ?v ; sh:nodeKind sh:IRI . FILTER (?v != <http://schema.org/sameAs>)',
      [...iris].sort(),
    ],
    [
      "fks:StatementPredicate: rdf:predicate is one of the inventory's IRIs",
      'fks:StatementPredicate sh:path rdf:predicate ; sh:in/rdf:rest*/rdf:first ?v',
      [...iris].sort(),
    ],
    ["fks:StatementRelation: fk:relation is one of the inventory's predicates", 'fks:StatementRelation sh:in/rdf:rest*/rdf:first ?v', [...PREDICATES].sort()],
  ])('%s, no other', (_name, where, expected) => {
    expect(select(shapes, where)).toEqual(expected);
  });

  it.each(PREDICATES)('%s: the shapes file itself names neither its property nor its IRI (no hand copy to keep)', (p) => {
    const file = readFileSync(SHAPES_FILE, 'utf8');
    expect(file).not.toContain(RELATIONS[p].property);
    expect(file).not.toContain(RELATION_TRIPLES[p].iri);
  });

  it('reads a relative path to the shipped file with the relation part, and a user file as it is', () => {
    expect(readShapes('shapes/faktum.shacl.ttl').length).toBe(shapes.length);
    const own = join(mkdtempSync(join(tmpdir(), 'faktum-shapes-')), 'own.ttl');
    writeFileSync(own, '<https://example.org/S> a <http://www.w3.org/ns/shacl#NodeShape> .\n');
    expect(readShapes(own).length).toBe(1);
  });
});

// The seed output with its first statement turned into a relation the inventory does not have: `rivalOf`.
describe('a relation added to the inventory is checked without any edit of the shapes file', () => {
  const rivalOf: RelationSpec = { subject: ['ORG'], object: ['ORG'], property: 'fk:rivalOf', writtenOn: 'subject', rules: [] };
  const withRivalOf = { ...RELATIONS, rivalOf };
  const validatorFor = (turtle: string) => new ContractValidator(oxigraph.parse(turtle, { format: 'text/turtle', base_iri: 'https://w3id.org/faktum/shapes' }));
  const dir = mkdtempSync(join(tmpdir(), 'faktum-rival-'));
  let seed: Json;
  beforeAll(async () => {
    seed = await jsonLdOf(readFileSync(join('corpus', SEED), 'utf8'), SEED);
  });

  /** Writes the seed output with its first statement as `rivalOf`; `value` is what its subject's fk:rivalOf holds. */
  function rivalFile(name: string, value: (object: string) => unknown): { file: string; node: string } {
    const doc = structuredClone(seed);
    const nodes = extractionNodes(doc);
    const st = nodesOfType(nodes, 'rdf:Statement')[0];
    Object.assign(st, { 'rdf:predicate': 'https://w3id.org/faktum/vocab#rivalOf', 'fk:relation': 'rivalOf' });
    nodes.find((n) => n['@id'] === st['rdf:subject'])!['fk:rivalOf'] = value(st['rdf:object'] as string);
    const file = join(dir, `${name}.jsonld`);
    writeFileSync(file, JSON.stringify(doc));
    return { file, node: st['@id'] as string };
  }

  it('needs a relation the inventory lacks', () => {
    expect(isPredicate('rivalOf')).toBe(false);
  });

  it('the shapes of the inventory as it is refuse the statement: its predicate and relation name', async () => {
    const { file, node } = rivalFile('refused', (object) => ({ '@id': object }));
    const found = (await validateJsonLdFile(file, validatorFor(contractShapes()))).filter((v) => v.node === node);
    expect(found.map((v) => v.path).sort()).toEqual(['http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate', 'https://w3id.org/faktum/vocab#relation']);
  });

  it('the shapes of the inventory with `rivalOf` accept it', async () => {
    const { file } = rivalFile('accepted', (object) => ({ '@id': object }));
    expect(await validateJsonLdFile(file, validatorFor(contractShapes(withRivalOf)))).toEqual([]);
  });

  it('and check its property on the entity: a string where an entity IRI belongs', async () => {
    const { file } = rivalFile('literal', () => 'About You');
    const found = await validateJsonLdFile(file, validatorFor(contractShapes(withRivalOf)));
    expect(found).toContainEqual(expect.objectContaining({ path: 'https://w3id.org/faktum/vocab#rivalOf', value: 'About You', source: 'shacl' }));
  });
});
