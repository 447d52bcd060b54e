import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleGraphs, PROVENANCE_GRAPH } from '../../src/store/article-graphs.js';
import { jsonLdToNQuads } from '../../src/rdf/offline.js';
import { ensureBuilt } from '../helpers/build.js';
import { skipReason } from '../helpers/services/skip.js';
import { startVirtuoso, virtuosoMissing, type VirtuosoService } from '../helpers/services/virtuoso.js';
import { SEED, writeCorpusOutput } from '../rdf/fixture.js';

const skip = skipReason('HTTP Digest against Virtuoso', virtuosoMissing());
const USER = 'redaktion';
const PASSWORD = 'Lokal-Geheim-4711';
const WRONG = 'Falsches-Passwort-0815';
const bin = join(import.meta.dirname, '..', '..', 'bin', 'faktum.js');

/** Runs the built CLI with the store credentials in its environment only; never throws on a non-zero exit. */
function faktum(args: string[], password: string): Promise<{ code: number; out: string; err: string; ms: number }> {
  const started = Date.now();
  const env = { ...process.env, FAKTUM_STORE_USER: USER, FAKTUM_STORE_PASSWORD: password };
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env, timeout: 120_000 }, (error, out, err) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, out, err, ms: Date.now() - started });
    });
  });
}

async function select(endpoint: string, query: string): Promise<string[]> {
  const response = await fetch(endpoint, { method: 'POST', headers: { accept: 'application/sparql-results+json' }, body: new URLSearchParams({ query }) });
  const json = (await response.json()) as { results: { bindings: Record<string, { value: string }>[] } };
  return json.results.bindings.map((b) => Object.values(b).map((t) => t.value).join(' ')).sort();
}

describe.skipIf(skip)('a password-protected Virtuoso: HTTP Digest at /sparql-graph-crud-auth and /sparql-auth', () => {
  let virtuoso: VirtuosoService;
  let dir: string;
  let graphs: string[];
  let crudAuth: string;
  let sparqlAuth: string;
  beforeAll(async () => {
    ensureBuilt();
    virtuoso = await startVirtuoso();
    // A store user that may write, as an administrator sets it up; anonymous users keep read rights only.
    virtuoso.isql(
      `DB.DBA.USER_CREATE ('${USER}', '${PASSWORD}')`,
      `GRANT SPARQL_UPDATE TO "${USER}"`,
      `DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('${USER}', 7)`,
      `DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 1)`,
    );
    crudAuth = virtuoso.graphStore.replace(/sparql-graph-crud$/, 'sparql-graph-crud-auth');
    sparqlAuth = virtuoso.sparql.replace(/sparql$/, 'sparql-auth');
    let files: Map<string, string>;
    ({ dir, files } = await writeCorpusOutput([SEED, 'de/2025-03-bahn-lutz.txt']));
    graphs = [];
    for (const file of files.values()) {
      const split = articleGraphs(await jsonLdToNQuads(JSON.parse(readFileSync(file, 'utf8'))));
      if ('error' in split) throw new Error(split.error);
      graphs.push(split.graph);
    }
    graphs.sort();
  }, 180_000);
  afterAll(async () => virtuoso?.remove());

  it('faktum push writes every article graph and its provenance with the password from the environment', async () => {
    const push = await faktum(['push', dir, '--store', crudAuth, '--json'], PASSWORD);
    expect(push.err).toBe('');
    expect(push.code).toBe(0);
    expect(JSON.parse(push.out)).toMatchObject({ written: graphs.length, failed: 0 });
    const stored = await select(virtuoso.sparql, `SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), "https://w3id.org/faktum/article/")) }`);
    expect(stored).toEqual(graphs);
    const generated = await select(virtuoso.sparql, `SELECT ?g WHERE { GRAPH <${PROVENANCE_GRAPH}> { ?g <http://www.w3.org/ns/prov#wasGeneratedBy> ?a } }`);
    expect(generated).toEqual(graphs);
    expect(push.out + push.err).not.toContain(PASSWORD);
  }, 120_000);

  it('faktum query --endpoint reads through /sparql-auth with the same credentials', async () => {
    const query = await faktum(['query', '--endpoint', sparqlAuth, '--format', 'csv', `SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), "https://w3id.org/faktum/article/")) }`], PASSWORD);
    expect(query.err).toBe('');
    expect(query.out.trim().split('\n').at(-1)).toBe(String(graphs.length));
  }, 60_000);

  it.each([
    ['push', () => ['push', dir, '--store', crudAuth], 1, /store answered 401 to PUT \/sparql-graph-crud-auth \(the credentials in FAKTUM_STORE_USER \/ FAKTUM_STORE_PASSWORD were refused, sent with HTTP Digest\)/],
    ['query', () => ['query', '--endpoint', sparqlAuth, 'ASK { ?s ?p ?o }'], 2, /sparql-auth answered 401 \(the credentials in FAKTUM_STORE_USER \/ FAKTUM_STORE_PASSWORD were refused, sent with HTTP Digest\)/],
  ])('faktum %s with a wrong password: a clear 401 at once, not retried, no secret printed', async (_, args, code, reason) => {
    const run = await faktum(args(), WRONG);
    expect(run.code).toBe(code);
    expect(run.err).toMatch(reason);
    expect(run.err).not.toMatch(/retrying/);
    expect(run.ms).toBeLessThan(20_000);
    for (const secret of [WRONG, PASSWORD, USER]) expect(run.out + run.err).not.toContain(secret);
  }, 60_000);
});
