import { beforeAll, describe, expect, it } from 'vitest';
import { queryCommand } from '../../src/cli/query.js';
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
});
