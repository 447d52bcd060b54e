import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContractValidator } from '../../src/rdf/shacl.js';
import { validateJsonLdFile } from '../../src/rdf/validate-file.js';
import type { Violation } from '../../src/rdf/violation.js';
import { extractionNodes, jsonLdOf, nodesOfType, SEED } from './fixture.js';

type Json = Record<string, unknown>;

// Each broken variant of the seed output fails validation, naming the file and the node.
describe('validation of broken output', () => {
  let seed: Json;
  let validator: ContractValidator;
  const dir = mkdtempSync(join(tmpdir(), 'faktum-broken-'));

  beforeAll(async () => {
    seed = await jsonLdOf(readFileSync(join('corpus', SEED), 'utf8'), SEED);
    validator = new ContractValidator();
  });

  async function violations(name: string, breakIt: (doc: Json, nodes: Json[]) => void): Promise<{ file: string; found: Violation[] }> {
    const doc = structuredClone(seed);
    breakIt(doc, extractionNodes(doc));
    const file = join(dir, `${name}.jsonld`);
    writeFileSync(file, JSON.stringify(doc));
    return { file, found: await validateJsonLdFile(file, validator) };
  }
  const entity = (nodes: Json[], name: string) => nodes.find((n) => n['schema:name'] === name)!;
  const statement = (nodes: Json[]) => nodesOfType(nodes, 'rdf:Statement')[0];

  it('the unbroken seed output conforms', async () => {
    expect((await violations('clean', () => {})).found).toEqual([]);
  });

  it('a relative @id', async () => {
    const { file, found } = await violations('relative-id', (_, nodes) => {
      entity(nodes, 'H20')['@id'] = 'product/h20';
    });
    expect(found).toContainEqual(expect.objectContaining({ file, node: 'product/h20', reason: '@id is not an absolute IRI' }));
  });

  it('an anchor that is not the text at its offsets', async () => {
    let node = '';
    const { file, found } = await violations('anchor', (_, nodes) => {
      const phrase = nodesOfType(nodes, 'nif:Phrase').find((n) => n['nif:anchorOf'] === 'Nvidia')!;
      phrase['nif:anchorOf'] = 'Nvidias';
      node = phrase['@id'] as string;
    });
    expect(found).toEqual([expect.objectContaining({ file, node, source: 'code' })]);
    expect(found[0].reason).toMatch(/nif:anchorOf "Nvidias" is not code points/);
  });

  it('beginIndex not below endIndex', async () => {
    let node = '';
    const { found } = await violations('offsets', (_, nodes) => {
      const phrase = nodesOfType(nodes, 'nif:Phrase')[0];
      phrase['nif:beginIndex'] = phrase['nif:endIndex'];
      node = phrase['@id'] as string;
    });
    expect(found).toContainEqual(expect.objectContaining({ node, source: 'shacl', path: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex' }));
  });

  it('a sameAs that is not a Wikidata entity IRI', async () => {
    const { found } = await violations('sameas', (_, nodes) => {
      entity(nodes, 'Nvidia')['schema:sameAs'] = 'https://www.wikidata.org/wiki/Q182477';
    });
    expect(found).toContainEqual(expect.objectContaining({ node: 'https://w3id.org/faktum/id/wd/Q182477', path: 'http://schema.org/sameAs' }));
  });

  it('an entity without a name, or with two', async () => {
    const none = await violations('noname', (_, nodes) => {
      delete entity(nodes, 'Jensen Huang')['schema:name'];
    });
    expect(none.found).toContainEqual(expect.objectContaining({ node: 'https://w3id.org/faktum/id/wd/Q305177', path: 'http://schema.org/name' }));
    const two = await violations('twonames', (_, nodes) => {
      entity(nodes, 'Nvidia')['schema:name'] = ['Nvidia', 'NVIDIA Corporation'];
    });
    expect(two.found).toContainEqual(expect.objectContaining({ node: 'https://w3id.org/faktum/id/wd/Q182477', path: 'http://schema.org/name' }));
  });

  it('a confidence written as a JSON number (xsd:double) or out of [0, 1]', async () => {
    let node = '';
    const asNumber = await violations('confidence-number', (_, nodes) => {
      statement(nodes)['fk:confidence'] = 0.9;
      node = statement(nodes)['@id'] as string;
    });
    expect(asNumber.found).toContainEqual(expect.objectContaining({ node, path: 'https://w3id.org/faktum/vocab#confidence' }));
    const tooBig = await violations('confidence-range', (_, nodes) => {
      statement(nodes)['fk:confidence'] = '1.50';
    });
    expect(tooBig.found).toContainEqual(expect.objectContaining({ node, value: '1.50' }));
  });

  it('a relation predicate outside the inventory, and a statement without its direct triple', async () => {
    let node = '';
    const { found } = await violations('predicate', (_, nodes) => {
      statement(nodes)['rdf:predicate'] = 'http://example.org/likes';
      node = statement(nodes)['@id'] as string;
    });
    expect(found).toContainEqual(expect.objectContaining({ node, path: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate', source: 'shacl' }));
    expect(found).toContainEqual(expect.objectContaining({ node, source: 'sparql', reason: expect.stringMatching(/direct triple/) }));
  });

  it('evidence that is not a sentence of the article', async () => {
    const { found } = await violations('evidence', (_, nodes) => {
      statement(nodes)['fk:evidence'] = 'https://w3id.org/faktum/article/other#char=0,10';
    });
    expect(found).toContainEqual(expect.objectContaining({ path: 'https://w3id.org/faktum/vocab#evidence' }));
  });

  it('provenance moved into the named graph', async () => {
    const { found } = await violations('provenance', (doc, nodes) => {
      const graph = doc['@graph'] as Json[];
      nodes.push(graph.shift()!);
    });
    expect(found).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/prov:Activity must be in the default graph/) }));
  });

  it('a remote @context (expansion needs the network)', async () => {
    const { file, found } = await violations('remote', (doc) => {
      doc['@context'] = 'https://schema.org/';
    });
    expect(found).toEqual([expect.objectContaining({ file, node: '(document)', reason: expect.stringMatching(/does not expand offline.*schema\.org/) })]);
  });

  it('a file that is not JSON', async () => {
    const file = join(dir, 'garbage.jsonld');
    writeFileSync(file, '{"@context": ');
    expect(await validateJsonLdFile(file, validator)).toEqual([expect.objectContaining({ file, node: '(document)', reason: expect.stringMatching(/^not JSON/) })]);
  });
});
