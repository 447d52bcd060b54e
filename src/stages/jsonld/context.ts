import { PREDICATES, RELATIONS } from '../relations/inventory.js';
import { NS } from './namespaces.js';

/** Prefixes of the output vocabulary (namespaces.ts). */
export { NS };

const id = { '@type': '@id' } as const;

/** The properties of the relation inventory's triples, in inventory order: each points at an entity (`@id`). */
function relationProperties(): Record<string, typeof id> {
  return Object.fromEntries(PREDICATES.map((p) => [RELATIONS[p].property, id]));
}

/**
 * The inline `@context` of every output file: prefixes plus term coercions, so that expansion needs no network.
 * Decimals are written as strings coerced to `xsd:decimal` (a JSON number would become an `xsd:double`).
 */
export const JSONLD_CONTEXT = {
  ...NS,
  'schema:sameAs': id,
  'schema:mentions': id,
  ...relationProperties(),
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
