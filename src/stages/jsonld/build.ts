import type { Doc } from '../../document/doc.js';
import { codePointIndexer } from '../../document/offsets.js';
import { JSONLD_CONTEXT } from './context.js';
import { articleIris } from './iris.js';
import { provenance, type ProvenanceInfo } from './provenance.js';
import { entityNodes, relationStatements } from './entities.js';
import { mentionNodes, sentenceNodes } from './nif.js';

/** A JSON-LD node. */
export type Node = Record<string, unknown>;

/**
 * The JSON-LD document of one article (DESIGN.md contract): inline context; the extraction in a named graph
 * (article, entities, relations, NIF context, sentences and mentions); provenance in the default graph.
 */
export function buildJsonLd(doc: Doc, info: ProvenanceInfo): Node {
  const cp = codePointIndexer(doc.text);
  const iris = articleIris(doc, cp(doc.text.length));
  const entities = entityNodes(doc);
  const article: Node = {
    '@id': iris.article,
    '@type': 'schema:NewsArticle',
    'schema:inLanguage': doc.meta.lang ?? 'de',
    ...(doc.meta.headline ? { 'schema:headline': doc.meta.headline } : {}),
    ...(doc.meta.datePublished ? { 'schema:datePublished': datePublished(doc.meta.datePublished) } : {}),
    ...(doc.meta.url ? { 'schema:url': doc.meta.url } : {}),
    ...(doc.meta.dateline ? { 'schema:locationCreated': doc.meta.dateline } : {}),
    'schema:mentions': doc.entities.map((e) => e.iri),
  };
  const context: Node = {
    '@id': iris.context,
    '@type': ['nif:Context', 'nif:OffsetBasedString'],
    'nif:isString': doc.text,
    'nif:beginIndex': 0,
    'nif:endIndex': cp(doc.text.length),
    'nif:sourceUrl': { '@id': iris.article },
  };
  const graph = [article, ...entities, ...relationStatements(doc, iris, cp), context, ...sentenceNodes(doc, iris, cp), ...mentionNodes(doc, iris, cp)];
  return {
    '@context': JSONLD_CONTEXT,
    '@graph': [...provenance(doc, iris, info), { '@id': iris.graph, 'prov:wasGeneratedBy': iris.activity, '@graph': graph }],
  };
}

function datePublished(value: string): Node {
  const type = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'xsd:date' : /^\d{4}-\d{2}$/.test(value) ? 'xsd:gYearMonth' : /^\d{4}$/.test(value) ? 'xsd:gYear' : 'xsd:string';
  return { '@value': value, '@type': type };
}
