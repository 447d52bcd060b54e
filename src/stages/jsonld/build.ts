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
    ...datePublished(doc.meta.datePublished),
    ...(doc.meta.url ? { 'schema:url': doc.meta.url } : {}),
    ...(doc.meta.dateline ? { 'schema:locationCreated': doc.meta.dateline } : {}),
    'schema:mentions': [...new Set(doc.entities.map((e) => e.iri))],
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

/**
 * `schema:datePublished` typed by its precision: `xsd:date`, `xsd:gYearMonth`, `xsd:gYear` or `xsd:dateTime`
 * (ISO 8601 with a time, normalised to the XSD lexical form; other date strings such as RFC 822 are parsed).
 * A value that is no date is kept as `fk:datePublishedText`, so that nothing claims an `xsd:string` is a date.
 */
export function datePublished(value: string | undefined): Node {
  if (!value) return {};
  const v = value.trim();
  const typed = (type: string, lexical = v): Node => ({ 'schema:datePublished': { '@value': lexical, '@type': type } });
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return typed('xsd:date');
  if (/^\d{4}-\d{2}$/.test(v)) return typed('xsd:gYearMonth');
  if (/^\d{4}$/.test(v)) return typed('xsd:gYear');
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  if (iso) {
    const zone = iso[4] ? (iso[4] === 'Z' ? 'Z' : `${iso[4].slice(0, 3)}:${iso[4].slice(-2)}`) : '';
    return typed('xsd:dateTime', `${iso[1]}T${iso[2]}${iso[3] ?? ':00'}${zone}`);
  }
  const ms = /[a-z]/i.test(v) ? Date.parse(v) : NaN;
  if (!Number.isNaN(ms)) return typed('xsd:dateTime', new Date(ms).toISOString());
  return { 'fk:datePublishedText': v };
}
