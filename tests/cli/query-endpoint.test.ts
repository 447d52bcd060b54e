import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryCommand } from '../../src/cli/query.js';
import { GraphStoreClient } from '../../src/store/graph-store.js';
import { pushOutput } from '../../src/store/push.js';
import { ensureBuilt } from '../helpers/build.js';
import { freePort } from '../helpers/services/ports.js';
import { skipReason } from '../helpers/services/skip.js';
import { startVirtuoso, virtuosoMissing, type VirtuosoService } from '../helpers/services/virtuoso.js';
import { writeCorpusOutput } from '../rdf/fixture.js';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await queryCommand(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** The SPARQL blocks of docs/querying.md: the first declares the prefixes, each other one is a question. */
function docQuestions(): { prefixes: string; questions: [string, string][] } {
  const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'querying.md'), 'utf8');
  const blocks = [...doc.matchAll(/### ([^\n]+)\n[\s\S]*?```sparql\n([\s\S]*?)```/g)].map((m) => [m[1], m[2]] as [string, string]);
  const prefixes = /```sparql\n((?:PREFIX[^\n]*\n)+)```/.exec(doc)![1];
  return { prefixes, questions: blocks.filter(([, q]) => !/^PREFIX/.test(q.trim())) };
}

const skip = skipReason('faktum query --endpoint against Virtuoso', virtuosoMissing());
const { prefixes, questions } = docQuestions();

/**
 * Timestamps in their canonical lexical form (no trailing zeros in the fraction of a second), and the table's
 * padding, which follows the widest cell, collapsed.
 */
function canonicalTimes(text: string): string {
  return text
    .replace(/(T\d\d:\d\d:\d\d)(\.\d*?)0+(Z|[+-]\d\d:\d\d)/g, (_, time: string, fraction: string, zone: string) => `${time}${fraction === '.' ? '' : fraction}${zone}`)
    .replace(/ +/g, ' ')
    .replace(/-+/g, '-');
}

describe.skipIf(skip)('faktum query --endpoint: the questions of docs/querying.md from the store and from the files', () => {
  let virtuoso: VirtuosoService;
  let dir: string;
  beforeAll(async () => {
    ensureBuilt();
    virtuoso = await startVirtuoso();
    ({ dir } = await writeCorpusOutput());
    const pushed = await pushOutput(dir, new GraphStoreClient({ graphStore: virtuoso.graphStore, update: virtuoso.sparql }), { jobs: 1 });
    expect(pushed.failed).toEqual([]);
  }, 240_000);
  afterAll(async () => virtuoso?.remove());

  it('finds the questions in the doc', () => {
    expect(questions.map(([title]) => title)).toContain('Who heads which organisation?');
    expect(questions.length).toBeGreaterThanOrEqual(6);
  });

  it.each(questions)('%s: the same table from the store as from the files', async (_, question) => {
    const query = `${prefixes}${question}`;
    const files = await run(['--in', dir, query]);
    const store = await run(['--endpoint', virtuoso.sparql, query]);
    expect(files.code).toBe(0);
    expect(store.err).toBe('');
    // The same dateTime value may be written with or without trailing zeros of its fraction (Virtuoso keeps
    // `.180Z`, Oxigraph canonicalises to `.18Z`): compared as values.
    expect(canonicalTimes(store.out)).toBe(canonicalTimes(files.out));
    expect(files.out).toMatch(/\(\d+ rows?\)\n$/);
  });

  it.each([['json'], ['csv']])('the same --format %s from both', async (format) => {
    const query = `${prefixes}${questions[0][1]}`;
    expect((await run(['--endpoint', virtuoso.sparql, '--format', format, query])).out).toBe((await run(['--in', dir, '--format', format, query])).out);
  });

  it('answers ASK as the files do', async () => {
    const ask = `${prefixes} ASK { ?p org:headOf ?o . ?p schema:sameAs wd:Q305177 . ?o schema:sameAs wd:Q182477 }`;
    expect((await run(['--endpoint', virtuoso.sparql, '--format', 'json', ask])).out).toBe('{"head":{},"boolean":true}\n');
  });

  it('answers CONSTRUCT as N-Triples with --format csv', async () => {
    const construct = `${prefixes} CONSTRUCT { ?p org:headOf ?o } WHERE { ?p org:headOf ?o ; schema:name "Jensen Huang" }`;
    const { code, out } = await run(['--endpoint', virtuoso.sparql, '--format', 'csv', construct]);
    expect(code).toBe(0);
    expect(out).toBe('<https://w3id.org/faktum/id/wd/Q305177> <http://www.w3.org/ns/org#headOf> <https://w3id.org/faktum/id/wd/Q182477> .\n');
    expect(out).toBe((await run(['--in', dir, '--format', 'csv', construct])).out);
  });

  it('exits 2 for an unreachable endpoint', async () => {
    const endpoint = `http://127.0.0.1:${await freePort()}/sparql`;
    const { code, err } = await run(['--endpoint', endpoint, 'ASK {}']);
    expect(code).toBe(2);
    expect(err).toBe(`faktum query: cannot reach ${endpoint} (ECONNREFUSED)\n`);
  });

  it.each([
    ['an update', ['--endpoint', 'http://127.0.0.1:9/sparql', 'INSERT DATA { <http://ex/Bahnchef> <http://ex/heißt> "Richard Lutz" }'], /read-only/],
    ['--in with --endpoint', ['--endpoint', 'http://127.0.0.1:9/sparql', '--in', 'output', 'ASK {}'], /give --in or --endpoint, not both/],
  ])('exits 2 for %s', async (_, args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
