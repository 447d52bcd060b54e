/** Prefixes of the output vocabulary. */
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

const id = { '@type': '@id' } as const;

/**
 * The inline `@context` of every output file: prefixes plus term coercions, so that expansion needs no network.
 * Decimals are written as strings coerced to `xsd:decimal` (a JSON number would become an `xsd:double`).
 */
export const JSONLD_CONTEXT = {
  ...NS,
  'schema:sameAs': id,
  'schema:mentions': id,
  'schema:location': id,
  'schema:founder': id,
  'schema:memberOf': id,
  'schema:manufacturer': id,
  'org:headOf': id,
  'wdt:P127': id,
  'fk:suppliesTo': id,
  'fk:evidence': id,
  'fk:value': id,
  'itsrdf:taIdentRef': id,
  'itsrdf:taClassRef': id,
  'nif:referenceContext': id,
  'nif:sentence': id,
  'rdf:subject': id,
  'rdf:predicate': id,
  'rdf:object': id,
  'prov:generated': id,
  'prov:used': id,
  'prov:wasAssociatedWith': id,
  'prov:wasGeneratedBy': id,
  'nif:beginIndex': { '@type': 'xsd:nonNegativeInteger' },
  'nif:endIndex': { '@type': 'xsd:nonNegativeInteger' },
  'fk:confidence': { '@type': 'xsd:decimal' },
  'schema:value': { '@type': 'xsd:decimal' },
  'prov:startedAtTime': { '@type': 'xsd:dateTime' },
  'prov:endedAtTime': { '@type': 'xsd:dateTime' },
} as const;
