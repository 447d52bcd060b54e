import { beforeAll, describe, expect, it } from 'vitest';
import { queryCommand } from '../../src/cli/query.js';
import { ensureBuilt } from '../helpers/build.js';
import { SEED, writeCorpusOutput } from '../rdf/fixture.js';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await queryCommand(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const HEADS = `PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?person ?org WHERE { ?p org:headOf ?o ; schema:name ?person . ?o schema:name ?org } ORDER BY ?person`;

describe('faktum query', () => {
  let dir: string;
  beforeAll(async () => {
    // Files are queried in a worker thread (dist/store/local-query-worker.js).
    ensureBuilt();
    ({ dir } = await writeCorpusOutput([SEED]));
  });

  it('prints a table', async () => {
    const { code, out } = await run(['--in', dir, HEADS]);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^person\s+\| org$/);
    expect(out).toMatch(/Jensen Huang\s+\| Nvidia/);
    expect(out).toMatch(/Donald Trump\s+\| USA/);
    expect(out).toMatch(/\(\d+ rows?\)/);
  });

  it('prints SPARQL 1.1 results JSON', async () => {
    const { code, out } = await run(['--in', dir, '--format', 'json', HEADS]);
    expect(code).toBe(0);
    const results = JSON.parse(out);
    expect(results.head.vars).toEqual(['person', 'org']);
    expect(results.results.bindings).toContainEqual({ person: { type: 'literal', value: 'Jensen Huang' }, org: { type: 'literal', value: 'Nvidia' } });
  });

  it('prints CSV', async () => {
    const { code, out } = await run(['--in', dir, '--format', 'csv', HEADS]);
    expect(code).toBe(0);
    expect(out.startsWith('person,org\r\n')).toBe(true);
    expect(out).toContain('Jensen Huang,Nvidia\r\n');
  });

  it('answers ASK and CONSTRUCT', async () => {
    const ask = await run(['--in', dir, 'ASK { GRAPH ?g { <https://w3id.org/faktum/id/wd/Q305177> <http://www.w3.org/ns/org#headOf> <https://w3id.org/faktum/id/wd/Q182477> } }']);
    expect(ask.out).toBe('true\n');
    const construct = await run(['--in', dir, '--format', 'csv', 'CONSTRUCT { ?p <http://www.w3.org/ns/org#headOf> ?o } WHERE { ?p <http://www.w3.org/ns/org#headOf> ?o }']);
    expect(construct.code).toBe(0);
    expect(construct.out).toContain('<https://w3id.org/faktum/id/wd/Q305177> <http://www.w3.org/ns/org#headOf> <https://w3id.org/faktum/id/wd/Q182477> .');
  });

  it('queries the default graph alone with --default-graph-only', async () => {
    const { out } = await run(['--in', dir, '--default-graph-only', '--format', 'csv', 'SELECT ?a WHERE { ?a a <http://schema.org/NewsArticle> }']);
    expect(out).toBe('a\r\n');
  });

  it('exits 2 with the parser message for a bad query, and for missing input', async () => {
    const bad = await run(['--in', dir, 'SELECT ?x WHERE { ?x ']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^faktum query: invalid query: error at/);
    const missing = await run(['--in', '/nonexistent/output', 'ASK {}']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file or directory: /nonexistent/output');
  });

  it.each([
    ['INSERT DATA { <https://w3id.org/faktum/id/wd/Q305177> <http://schema.org/name> "Jensen Huang" }'],
    ['PREFIX schema: <http://schema.org/>\nDELETE WHERE { ?p schema:name "Richard Lutz" }'],
    ['# Bahnchef entfernen\nCLEAR GRAPH <https://w3id.org/faktum/article/24cb29238caf2403d002c6ae/graph>'],
    ['LOAD <https://example.org/nachrichten.nq>'],
  ])('refuses the update %j: read-only, and says how to change a store', async (update) => {
    const { code, err } = await run(['--in', dir, update]);
    expect(code).toBe(2);
    expect(err).toMatch(/^faktum query: this is a SPARQL Update; faktum query is read-only/);
    expect(err).toContain('faktum push <output> --store <url>');
  });

  it('stops a query that takes longer than --timeout', async () => {
    // Five nested patterns over every triple: far more than the timeout's 0.5 s on the seed article's ~900 triples.
    const slow = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }';
    const started = Date.now();
    const { code, err } = await run(['--in', dir, '--timeout', '0.5', slow]);
    expect(code).toBe(2);
    expect(err).toMatch(/no answer within 0.5 s \(--timeout\): the query was stopped/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it.each([['0'], ['-3'], ['eine Minute']])('refuses --timeout %s', async (value) => {
    const { code, err } = await run(['--in', dir, '--timeout', value, 'ASK {}']);
    expect(code).toBe(2);
    expect(err).toContain('--timeout takes seconds > 0');
  });
});
