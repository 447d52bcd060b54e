import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { relationsCommand } from '../../src/cli/relations.js';
import { readShapes } from '../../src/rdf/shapes.js';
import { PREDICATES } from '../../src/stages/relations/inventory.js';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await relationsCommand(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** `faktum relations`: the listing of the relation inventory that README.md and docs/querying.md point to. */
describe('faktum relations', () => {
  it('prints one table row per relation of the inventory, in inventory order', async () => {
    const { code, out } = await run([]);
    expect(code).toBe(0);
    expect(out.split('\n').slice(2, -1).map((row) => row.split(' | ')[0].slice(2))).toEqual(PREDICATES);
  });

  it.each([
    ['headOf', 'PER', 'ORG, LOC', '`org:headOf` <http://www.w3.org/ns/org#headOf>', 'subject', '10 roleBeforeName, 15 roleAppositive'],
    ['founderOf', 'PER', 'ORG', '`schema:founder` <http://schema.org/founder>', 'object', '70 founder'],
    ['shareholderOf', 'ORG, LOC', 'ORG', '`wdt:P127` <http://www.wikidata.org/prop/direct/P127>', 'object', '60 stakes'],
  ])('%s: its types, property, the node that carries the triple and its rules', async (...cells) => {
    expect((await run([])).out).toContain(`| ${cells.join(' | ')} |\n`);
  });

  it('--json: the same relations as data', async () => {
    const listing = JSON.parse((await run(['--json'])).out) as Array<{ relation: string; iri: string; rules: string[] }>;
    expect(listing.map((r) => r.relation)).toEqual(PREDICATES);
    expect(listing.find((r) => r.relation === 'suppliesTo')).toMatchObject({ iri: 'https://w3id.org/faktum/vocab#suppliesTo', rules: ['50 suppliesTo'] });
  });

  it('--shapes: the complete shapes faktum validates with, as Turtle another SHACL engine can read', async () => {
    const { code, out } = await run(['--shapes']);
    expect(code).toBe(0);
    const quads = oxigraph.parse(out, { format: 'text/turtle', base_iri: 'https://w3id.org/faktum/shapes' });
    expect(quads.length).toBe(readShapes().length);
    expect(out).toContain('fks:StatementPredicate sh:in ( <http://schema.org/location> ');
  });

  it.each([
    [['--json', '--shapes'], /--json and --shapes exclude each other/],
    [['--tsv'], /unknown option '--tsv'/],
  ])('%j: exit 2 with a message', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
