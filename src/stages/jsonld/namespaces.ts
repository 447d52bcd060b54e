/**
 * Prefixes of the output vocabulary: the one table every compact IRI (`org:headOf`) is expanded with. The inline
 * `@context` starts with it (context.ts), and the relation inventory's full IRIs come from it.
 */
export const NS = {
  schema: 'http://schema.org/',
  org: 'http://www.w3.org/ns/org#',
  wdt: 'http://www.wikidata.org/prop/direct/',
  fk: 'https://w3id.org/faktum/vocab#',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  itsrdf: 'http://www.w3.org/2005/11/its/rdf#',
  prov: 'http://www.w3.org/ns/prov#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  wd: 'http://www.wikidata.org/entity/',
} as const;

/** A compact IRI of the output vocabulary: a prefix of NS, a colon and a local name (`schema:founder`). */
export type CompactIri = `${keyof typeof NS}:${string}`;

/** The full IRI of a compact one: `org:headOf` -> `http://www.w3.org/ns/org#headOf`. */
export function expandIri(compact: CompactIri): string {
  const colon = compact.indexOf(':');
  return NS[compact.slice(0, colon) as keyof typeof NS] + compact.slice(colon + 1);
}
