import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import oxigraph from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLdToNQuads } from '../../src/rdf/offline.js';
import { loadStore } from '../../src/rdf/store.js';
import { SEED, writeCorpusOutput } from './fixture.js';

const PREFIXES = `PREFIX schema: <http://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
`;

type Row = Record<string, string>;

// Questions with known answers on the seed article, asked of the JSON-LD loaded into Oxigraph.
describe('SPARQL over the seed article', () => {
  let store: oxigraph.Store;
  let seedFile: string;
  const select = (q: string, union = true): Row[] =>
    (store.query(PREFIXES + q, { use_default_graph_as_union: union }) as Map<string, oxigraph.Term>[]).map((m) => Object.fromEntries([...m].map(([k, v]) => [k, v.value])));

  beforeAll(async () => {
    const { files } = await writeCorpusOutput([SEED]);
    seedFile = files.get(SEED)!;
    store = await loadStore([seedFile]);
  });

  it('who heads which organisation: Jensen Huang heads Nvidia, Donald Trump heads the USA', () => {
    const rows = select('SELECT DISTINCT ?person ?org WHERE { ?p org:headOf ?o . ?p schema:name ?person . ?o schema:name ?org }');
    expect(rows).toContainEqual({ person: 'Jensen Huang', org: 'Nvidia' });
    expect(rows).toContainEqual({ person: 'Donald Trump', org: 'USA' });
  });

  it('which articles mention Nvidia (by its Wikidata link)', () => {
    const rows = select(`SELECT DISTINCT ?article ?path WHERE {
      ?article a schema:NewsArticle ; schema:mentions ?e . ?e schema:sameAs <http://www.wikidata.org/entity/Q182477> .
      ?activity prov:used ?article ; <https://w3id.org/faktum/vocab#sourcePath> ?path }`);
    expect(rows).toHaveLength(1);
    expect(rows[0].path).toBe(SEED);
    expect(rows[0].article).toMatch(/^https:\/\/w3id\.org\/faktum\/article\//);
  });

  it('which companies are based in the USA', () => {
    const rows = select(`SELECT DISTINCT ?company WHERE {
      ?c a schema:Organization ; schema:location ?place ; schema:name ?company . ?place schema:sameAs <http://www.wikidata.org/entity/Q30> }`);
    expect(rows.map((r) => r.company)).toContain('Nvidia');
  });

  it('each fact leads to its evidence sentence and confidence', () => {
    const rows = select(`SELECT ?sentence ?confidence WHERE {
      ?st a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> org:headOf ;
          <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <https://w3id.org/faktum/id/wd/Q305177> ;
          <https://w3id.org/faktum/vocab#confidence> ?confidence ; <https://w3id.org/faktum/vocab#evidence> ?s .
      ?s nif:anchorOf ?sentence }`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].sentence).toContain('Huang');
    expect(Number(rows[0].confidence)).toBeGreaterThan(0);
  });

  it('keeps the named graph: the extraction is in it, the provenance in the default graph', () => {
    const graphs = select('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a schema:NewsArticle } }');
    expect(graphs).toHaveLength(1);
    expect(graphs[0].g).toMatch(/\/graph$/);
    expect(select('SELECT ?a WHERE { ?a a prov:Activity }', false)).toHaveLength(1);
    expect(select('SELECT ?a WHERE { ?a a schema:NewsArticle }', false)).toHaveLength(0);
    expect(select(`SELECT ?x WHERE { ?x prov:generated ?g . GRAPH ?g { ?art a schema:NewsArticle } }`, false)).toHaveLength(1);
  });

  it('keeps named graphs when loading the N-Quads of a run', async () => {
    const nq = join(mkdtempSync(join(tmpdir(), 'faktum-nq-')), 'all.nq');
    writeFileSync(nq, await jsonLdToNQuads(JSON.parse(readFileSync(seedFile, 'utf8')) as object));
    const fromNq = await loadStore([nq]);
    expect(fromNq.size).toBe(store.size);
    const rows = fromNq.query(`${PREFIXES} SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a schema:NewsArticle } }`) as Map<string, oxigraph.Term>[];
    expect(rows).toHaveLength(1);
  });
});
