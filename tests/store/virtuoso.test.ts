import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleGraphs, PROVENANCE_GRAPH } from '../../src/store/article-graphs.js';
import { GraphStoreClient } from '../../src/store/graph-store.js';
import { pushOutput } from '../../src/store/push.js';
import { jsonLdToNQuads } from '../../src/rdf/offline.js';
import { skipReason } from '../helpers/services/skip.js';
import { startVirtuoso, virtuosoMissing, type VirtuosoService } from '../helpers/services/virtuoso.js';
import { SEED, writeCorpusOutput } from '../rdf/fixture.js';

const skip = skipReason('store tests against Virtuoso', virtuosoMissing());

async function select(endpoint: string, query: string): Promise<string[]> {
  const response = await fetch(endpoint, { method: 'POST', headers: { accept: 'application/sparql-results+json' }, body: new URLSearchParams({ query }) });
  const json = (await response.json()) as { results: { bindings: Record<string, { value: string }>[] } };
  return json.results.bindings.map((b) => Object.values(b).map((t) => t.value).join(' '));
}

describe.skipIf(skip)('writing articles into Virtuoso', () => {
  let virtuoso: VirtuosoService;
  let dir: string;
  let files: Map<string, string>;
  beforeAll(async () => {
    virtuoso = await startVirtuoso();
    ({ dir, files } = await writeCorpusOutput([SEED, 'de/2025-03-bahn-lutz.txt']));
  }, 120_000);
  afterAll(async () => virtuoso?.remove());

  const client = () => new GraphStoreClient({ graphStore: virtuoso.graphStore, update: virtuoso.sparql }, { minDelayMs: 200, maxDelayMs: 1_000 });
  const seedGraph = async () => {
    const split = articleGraphs(await jsonLdToNQuads(JSON.parse(readFileSync(files.get(SEED)!, 'utf8'))));
    if ('error' in split) throw new Error(split.error);
    return split;
  };

  it('puts each article in its named graph; a second push replaces it, never duplicates', async () => {
    const first = await pushOutput(dir, client(), { jobs: 1 });
    expect(first.failed).toEqual([]);
    expect(first.written).toBe(files.size);
    const { graph, triples } = await seedGraph();
    const count = `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`;
    const expected = String(triples.trim().split('\n').length);
    expect(await select(virtuoso.sparql, count)).toEqual([expected]);
    await pushOutput(dir, client(), { jobs: 1 });
    expect(await select(virtuoso.sparql, count)).toEqual([expected]);
    const activity = graph.replace(/\/graph$/, '/extraction');
    expect(await select(virtuoso.sparql, `SELECT ?t WHERE { GRAPH <${PROVENANCE_GRAPH}> { <${activity}> <http://www.w3.org/ns/prov#endedAtTime> ?t } }`)).toHaveLength(1);
    expect(await select(virtuoso.sparql, `SELECT ?n WHERE { <https://w3id.org/faktum/id/wd/Q305177> <http://schema.org/name> ?n }`)).toContain('Jensen Huang');
  });

  it('waits while the store is down and writes once it is back', async () => {
    const retries: string[] = [];
    const writer = new GraphStoreClient({ graphStore: virtuoso.graphStore, update: virtuoso.sparql }, { minDelayMs: 200, maxDelayMs: 1_000, onRetry: (r) => retries.push(r) });
    const nquads = await jsonLdToNQuads(JSON.parse(readFileSync(files.get(SEED)!, 'utf8')));
    await virtuoso.stop(true);
    const pending = writer.writeArticle(nquads);
    await new Promise((r) => setTimeout(r, 2_000));
    await virtuoso.start();
    await expect(pending).resolves.toMatchObject({ graph: (await seedGraph()).graph });
    expect(retries.length).toBeGreaterThan(0);
    expect(retries[0]).toMatch(/store unreachable \(ECONNREFUSED\)/);
  }, 90_000);

  it('gives up with the reason when the store refuses the request', async () => {
    const writer = new GraphStoreClient({ graphStore: virtuoso.graphStore.replace('sparql-graph-crud', 'sparql-graph-crud-auth'), update: virtuoso.sparql }, { maxRetryMs: 2_000 });
    await expect(writer.writeArticle((await jsonLdToNQuads(JSON.parse(readFileSync(files.get(SEED)!, 'utf8')))))).rejects.toThrow(/store answered 401 to PUT \/sparql-graph-crud-auth/);
  });
});
