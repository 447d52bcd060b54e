import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { docToJsonLd, extractText, openPipeline, type Pipeline } from '../../../src/api.js';
import { jsonLdToNQuads, jsonLdToNQuadsBytes, jsonLdToNQuadsWithJsonLdJs, UnsupportedJsonLd, writeNQuads, writeNQuadsBytes } from '../../../src/rdf/nquads/index.js';
import { JSONLD_CONTEXT } from '../../../src/stages/jsonld/context.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const S = 'https://w3id.org/faktum/article/abc';
const G = `${S}/graph`;
const corpus = join(import.meta.dirname, '..', '..', '..', 'corpus');

/** The distinct lines of N-Quads, sorted: the quads as a set (the output has no blank nodes to relabel). */
const quadSet = (nquads: string) => [...new Set(nquads.split('\n').filter(Boolean))].sort();

/** One node in the article's named graph, under faktum's context. */
const doc = (node: Record<string, unknown>) => ({ '@context': JSONLD_CONTEXT, '@graph': [{ '@id': G, '@graph': [{ '@id': S, ...node }] }] });

describe('writeNQuads: the quads jsonld.js writes, on every corpus article', () => {
  const articles = ['de', 'heldout/de'].flatMap((dir) =>
    readdirSync(join(corpus, dir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(join(corpus, dir, f), 'utf8') })),
  );
  let pipeline: Pipeline;
  beforeAll(async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    pipeline = await openPipeline({ pipeline: 'de-news' });
  });
  afterAll(() => void vi.unstubAllEnvs());

  it('covers both corpus folders', () => {
    expect(articles.filter((a) => a.path.startsWith('de/')).length).toBeGreaterThan(20);
    expect(articles.filter((a) => a.path.startsWith('heldout/')).length).toBeGreaterThan(5);
  });

  it.each(articles.map((a) => [a.path, a.text]))('%s', async (path, text) => {
    // As `faktum run` makes it (src/batch/tasks.ts): the pipeline's JSON-LD, and the same read back from its file.
    const jsonld = docToJsonLd(await extractText(pipeline, text, { path }), { pipeline: 'de-news', version: '0.1.0' });
    const expected = await jsonLdToNQuadsWithJsonLdJs(jsonld);
    const written = writeNQuads(jsonld);
    expect(expected).not.toMatch(/(^|\s)_:/m);
    expect(quadSet(written)).toEqual(quadSet(expected));
    // Stronger: the same text, so all.nq is byte-identical.
    expect(written).toBe(expected);
    expect(writeNQuads(JSON.parse(JSON.stringify(jsonld)) as object)).toBe(expected);
    // The bytes `faktum run` stores: the same text in UTF-8.
    expect(writeNQuadsBytes(jsonld).equals(Buffer.from(expected))).toBe(true);
    expect(quadSet(written).length).toBeGreaterThan(50);
  });
});

describe('writeNQuads: values', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['decimal as a string', { 'fk:confidence': '0.85' }, `<${S}> <https://w3id.org/faktum/vocab#confidence> "0.85"^^<${XSD}decimal> <${G}> .\n`],
    ['date', { 'fk:date': { '@value': '2025-07-01', '@type': 'xsd:date' } }, `<${S}> <https://w3id.org/faktum/vocab#date> "2025-07-01"^^<${XSD}date> <${G}> .\n`],
    ['dateTime', { 'prov:endedAtTime': '2023-11-14T22:13:20.000Z' }, `<${S}> <http://www.w3.org/ns/prov#endedAtTime> "2023-11-14T22:13:20.000Z"^^<${XSD}dateTime> <${G}> .\n`],
    ['coerced integer', { 'nif:beginIndex': 42 }, `<${S}> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> "42"^^<${XSD}nonNegativeInteger> <${G}> .\n`],
    ['IRI', { 'schema:sameAs': 'http://www.wikidata.org/entity/Q64' }, `<${S}> <http://schema.org/sameAs> <http://www.wikidata.org/entity/Q64> <${G}> .\n`],
    ['compact IRI', { 'itsrdf:taClassRef': 'schema:Person' }, `<${S}> <http://www.w3.org/2005/11/its/rdf#taClassRef> <http://schema.org/Person> <${G}> .\n`],
    ['@id object', { 'nif:sourceUrl': { '@id': 'https://example.org/a' } }, `<${S}> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#sourceUrl> <https://example.org/a> <${G}> .\n`],
    ['type', { '@type': 'schema:NewsArticle' }, `<${S}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/NewsArticle> <${G}> .\n`],
    ['language string', { 'schema:name': { '@value': 'Köln', '@language': 'DE' } }, `<${S}> <http://schema.org/name> "Köln"@de <${G}> .\n`],
    [
      'German text with quotes, newlines and a backslash',
      { 'nif:anchorOf': '„Wir sind \"bereit\"“,\nsagte Müller\r\tC:\\Pfad \u0001\u007f 😀' },
      `<${S}> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> "„Wir sind \\"bereit\\"“,\\nsagte Müller\\r\\tC:\\\\Pfad \\u0001\\u007F 😀" <${G}> .\n`,
    ],
    ['native numbers and booleans', { 'fk:n': [3, 2.5, true] }, [`"2.5E0"^^<${XSD}double>`, `"3"^^<${XSD}integer>`, `"true"^^<${XSD}boolean>`].map((o) => `<${S}> <https://w3id.org/faktum/vocab#n> ${o} <${G}> .\n`).join('')],
    ['relative IRIs and IRIs with spaces are dropped', { 'schema:sameAs': ['relative/x', 'http://a.example/b c'], 'fk:x': 'y' }, `<${S}> <https://w3id.org/faktum/vocab#x> "y" <${G}> .\n`],
    ['duplicates once', { 'schema:alternateName': ['A', 'A'], '@type': ['schema:Person', 'schema:Person'] }, `<${S}> <http://schema.org/alternateName> "A" <${G}> .\n<${S}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> <${G}> .\n`],
  ];

  it.each(cases)('%s', async (_name, node, line) => {
    const input = doc(node);
    expect(writeNQuads(input)).toBe(line);
    expect(await jsonLdToNQuadsWithJsonLdJs(input)).toBe(line);
  });

  it('the default graph and a named graph', async () => {
    const input = { '@context': JSONLD_CONTEXT, '@graph': [{ '@id': `${S}/extraction`, 'prov:generated': G }, { '@id': G, 'prov:wasGeneratedBy': `${S}/extraction`, '@graph': [{ '@id': S, 'schema:name': 'x' }] }] };
    const out = writeNQuads(input);
    expect(out).toBe(await jsonLdToNQuadsWithJsonLdJs(input));
    expect(out.split('\n').filter(Boolean)).toHaveLength(3);
    expect(out).toContain(`<${S}/extraction> <http://www.w3.org/ns/prov#generated> <${G}> .\n`);
  });
});

describe('jsonLdToNQuads: other JSON-LD goes to jsonld.js', () => {
  const others: Array<[string, object]> = [
    ['a blank node', { '@context': JSONLD_CONTEXT, '@graph': [{ 'schema:name': 'ohne @id' }] }],
    ['a list', doc({ 'fk:x': { '@list': ['a', 'b'] } })],
    ['an IRI that the two libraries escape differently', doc({ 'schema:sameAs': 'http://a.example/x|y' })],
    ['rdf:langString without a language', doc({ 'fk:x': { '@value': 'a', '@type': 'rdf:langString' } })],
    ['a literal with U+FFFE', doc({ 'nif:anchorOf': 'Zoll\ufffeamt' })],
    ['a language string with U+FFFF', doc({ 'schema:name': { '@value': 'K\uffffln', '@language': 'de' } })],
    ['@vocab', { '@context': { '@vocab': 'http://schema.org/' }, '@id': 'http://a.example/', name: 'x' }],
  ];

  it.each(others)('%s', async (_name, input) => {
    expect(() => writeNQuads(input)).toThrow(UnsupportedJsonLd);
    expect(await jsonLdToNQuads(input)).toBe(await jsonLdToNQuadsWithJsonLdJs(input));
    expect((await jsonLdToNQuadsBytes(input)).toString('utf8')).toBe(await jsonLdToNQuadsWithJsonLdJs(input));
  });
});
