import type { Doc } from '../../document/doc.js';
import type { Node } from './build.js';
import type { ArticleIris } from './iris.js';
import { RELATION_TRIPLES } from '../relations/inventory.js';
import { schemaTypes } from './types.js';

/**
 * Entity nodes with their types, names, Wikidata link, and the direct triples of the relations. Entities that
 * share an IRI (two clusters linked to one QID, or two names with the same slug) are one node: the first name is
 * `schema:name` (the contract allows exactly one), the other names become alternate names.
 */
export function entityNodes(doc: Doc): Node[] {
  const nodes = new Map<string, Node>();
  for (const e of doc.entities) {
    const node = nodes.get(e.iri);
    if (!node) {
      nodes.set(e.iri, {
        '@id': e.iri,
        '@type': schemaTypes(e),
        'schema:name': e.name,
        ...(e.alternateNames.length ? { 'schema:alternateName': [...e.alternateNames] } : {}),
        ...(e.qid ? { 'schema:sameAs': `http://www.wikidata.org/entity/${e.qid}` } : {}),
      });
      continue;
    }
    const names = new Set([...((node['schema:alternateName'] as string[] | undefined) ?? []), e.name, ...e.alternateNames]);
    names.delete(node['schema:name'] as string);
    if (names.size) node['schema:alternateName'] = [...names];
    node['@type'] = [...new Set([...(node['@type'] as string[]), ...schemaTypes(e)])];
  }
  const iri = new Map(doc.entities.map((e) => [e.id, e.iri]));
  for (const r of doc.relations) {
    const { property, reversed } = RELATION_TRIPLES[r.predicate];
    const [from, to] = reversed ? [r.object, r.subject] : [r.subject, r.object];
    const node = nodes.get(iri.get(from)!)!;
    const list = (node[property] as string[] | undefined) ?? [];
    if (!list.includes(iri.get(to)!)) list.push(iri.get(to)!);
    node[property] = list;
  }
  return [...nodes.values()];
}

/** One `rdf:Statement` per relation with its confidence, rule and evidence sentence. */
export function relationStatements(doc: Doc, iris: ArticleIris, cp: (utf16: number) => number): Node[] {
  const iri = new Map(doc.entities.map((e) => [e.id, e.iri]));
  return doc.relations.map((r, i) => {
    const { iri: property, reversed } = RELATION_TRIPLES[r.predicate];
    const [from, to] = reversed ? [r.object, r.subject] : [r.subject, r.object];
    return {
      '@id': iris.relation(i + 1),
      '@type': ['rdf:Statement', 'fk:Relation'],
      'rdf:subject': iri.get(from),
      'rdf:predicate': property,
      'rdf:object': iri.get(to),
      'fk:relation': r.predicate,
      'fk:confidence': r.confidence.toFixed(2),
      'fk:rule': r.rule,
      'fk:evidence': sentenceIri(doc, iris, cp, r.sentence),
    };
  });
}

/** The IRI of sentence `n`, its span counted in code points. */
export function sentenceIri(doc: Doc, iris: ArticleIris, cp: (utf16: number) => number, n: number): string {
  const s = doc.sentences[n];
  return iris.span(cp(s.start), cp(s.end));
}
