import type { EntityType } from '../../document/types.js';
import { expandIri, type CompactIri } from '../jsonld/namespaces.js';

/** One relation of the inventory (DESIGN.md, "Linking, coreference, relations"). Relations read subject first. */
export interface RelationSpec {
  /** Entity types the subject may have. */
  readonly subject: readonly EntityType[];
  /** Entity types the object may have. */
  readonly object: readonly EntityType[];
  /** The property of the direct triple, as a compact IRI of the output vocabulary. */
  readonly property: CompactIri;
  /**
   * The node that carries the direct triple: `subject` writes (subject property object), `object` writes
   * (object property subject), as schema.org points from an organisation to its founder (`schema:founder`).
   */
  readonly writtenOn: 'subject' | 'object';
}

/**
 * The relation inventory, the one place a relation is defined: the `Predicate` type, the type constraints of the
 * relation rules, the JSON-LD properties and `@context` entries, the gold tools and the checks of the SHACL shapes
 * and docs/querying.md all come from here. The order is the order of the properties in every output file's
 * `@context`: a new relation goes last.
 */
export const RELATIONS = {
  basedIn: { subject: ['ORG'], object: ['LOC'], property: 'schema:location', writtenOn: 'subject' },
  founderOf: { subject: ['PER'], object: ['ORG'], property: 'schema:founder', writtenOn: 'object' },
  memberOf: { subject: ['PER'], object: ['ORG'], property: 'schema:memberOf', writtenOn: 'subject' },
  manufacturer: { subject: ['ORG'], object: ['PRODUCT'], property: 'schema:manufacturer', writtenOn: 'object' },
  headOf: { subject: ['PER'], object: ['ORG', 'LOC'], property: 'org:headOf', writtenOn: 'subject' },
  shareholderOf: { subject: ['ORG', 'LOC'], object: ['ORG'], property: 'wdt:P127', writtenOn: 'object' },
  suppliesTo: { subject: ['ORG'], object: ['ORG', 'LOC'], property: 'fk:suppliesTo', writtenOn: 'subject' },
} as const satisfies Record<string, RelationSpec>;

/** A relation predicate of the inventory. */
export type Predicate = keyof typeof RELATIONS;

/** Every predicate, in inventory order. */
export const PREDICATES = Object.keys(RELATIONS) as Predicate[];

/** How a relation is written as a triple: its property, compact and full, and whether it runs object -> subject. */
export interface RelationTriple {
  property: CompactIri;
  iri: string;
  reversed: boolean;
}

/** The triple of every predicate, derived from the inventory. */
export const RELATION_TRIPLES: Readonly<Record<Predicate, RelationTriple>> = relationTriples();

function relationTriples(): Record<Predicate, RelationTriple> {
  const out = {} as Record<Predicate, RelationTriple>;
  for (const p of PREDICATES) {
    const { property, writtenOn }: RelationSpec = RELATIONS[p];
    out[p] = { property, iri: expandIri(property), reversed: writtenOn === 'object' };
  }
  return out;
}

/** True when a subject of type `subject` and an object of type `object` fit the predicate's signature. */
export function fitsSignature(predicate: Predicate, subject: string | undefined, object: string | undefined): boolean {
  const spec: RelationSpec = RELATIONS[predicate];
  return spec.subject.includes(subject as EntityType) && spec.object.includes(object as EntityType);
}

/** True when `name` is a predicate of the inventory. */
export function isPredicate(name: string): name is Predicate {
  return Object.hasOwn(RELATIONS, name);
}
