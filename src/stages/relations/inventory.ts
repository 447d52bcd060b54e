import type { EntityType } from '../../document/types.js';
import { expandIri, type CompactIri } from '../jsonld/namespaces.js';
import type { Proposal, RelationContext } from './context.js';
import { roleBeforeName } from './10-role-before-name.js';
import { roleAppositive } from './15-role-appositive.js';
import { partyAffiliation } from './20-party.js';
import { basedIn } from './30-based-in.js';
import { manufacturer } from './40-manufacturer.js';
import { suppliesTo } from './50-supplies-to.js';
import { stakes } from './60-stakes.js';
import { founder } from './70-founder.js';

/**
 * A relation rule: a function from the context to proposals, and its step, the number of its file
 * (`10-role-before-name.ts`: 10). A numbered file in relations/ exports its rules and nothing else, and its rules'
 * names (`fk:rule`) start with the relation they propose (`headOf.role-compound`); rules.test.ts checks both.
 */
export interface RelationRule {
  /** The run order of the rules, the number in the rule's file name (a test checks they agree). */
  readonly step: number;
  readonly find: (ctx: RelationContext) => Proposal[];
}

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
  /**
   * The rules that find the relation. Every rule of the inventory runs once per document, all by step
   * (`rulesInRunOrder`); a rule that finds several relations is listed under each.
   */
  readonly rules: readonly RelationRule[];
}

/**
 * The relation inventory, the one place a relation is defined: the `Predicate` type, the relation rules and their
 * run order (relations/index.ts), their type constraints, the JSON-LD properties and `@context` entries, the
 * relation part of the SHACL shapes (src/rdf/shapes.ts), `faktum relations` and the gold tools all come from here.
 * The order is the order of the properties in every output file's `@context`: a new relation goes last.
 */
export const RELATIONS = {
  basedIn: { subject: ['ORG'], object: ['LOC'], property: 'schema:location', writtenOn: 'subject', rules: [{ step: 30, find: basedIn }] },
  founderOf: { subject: ['PER'], object: ['ORG'], property: 'schema:founder', writtenOn: 'object', rules: [{ step: 70, find: founder }] },
  memberOf: { subject: ['PER'], object: ['ORG'], property: 'schema:memberOf', writtenOn: 'subject', rules: [{ step: 20, find: partyAffiliation }] },
  manufacturer: {
    subject: ['ORG'], object: ['PRODUCT'], property: 'schema:manufacturer', writtenOn: 'object', rules: [{ step: 40, find: manufacturer }],
  },
  headOf: {
    subject: ['PER'], object: ['ORG', 'LOC'], property: 'org:headOf', writtenOn: 'subject',
    rules: [{ step: 10, find: roleBeforeName }, { step: 15, find: roleAppositive }],
  },
  shareholderOf: { subject: ['ORG', 'LOC'], object: ['ORG'], property: 'wdt:P127', writtenOn: 'object', rules: [{ step: 60, find: stakes }] },
  suppliesTo: { subject: ['ORG'], object: ['ORG', 'LOC'], property: 'fk:suppliesTo', writtenOn: 'subject', rules: [{ step: 50, find: suppliesTo }] },
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

/**
 * Every rule of the inventory once, by step: the run order of the relation stage. Throws, naming the relations,
 * when the inventory gives one rule two steps or two rules one step (the run order would be ambiguous).
 */
export function rulesInRunOrder(relations: Readonly<Record<string, RelationSpec>> = RELATIONS): RelationRule[] {
  const byStep = new Map<number, { rule: RelationRule; predicate: string }>();
  const byFind = new Map<RelationRule['find'], { rule: RelationRule; predicate: string }>();
  for (const [predicate, spec] of Object.entries(relations)) {
    for (const rule of spec.rules) {
      const { name } = rule.find;
      const same = byFind.get(rule.find);
      if (same && same.rule.step !== rule.step) {
        throw new Error(`relation inventory: rule ${name} has step ${same.rule.step} under ${same.predicate} but step ${rule.step} under ${predicate}`);
      }
      const other = byStep.get(rule.step);
      if (other && other.rule.find !== rule.find) {
        throw new Error(`relation inventory: step ${rule.step} is given to two rules, ${other.rule.find.name} (${other.predicate}) and ${name} (${predicate})`);
      }
      byFind.set(rule.find, { rule, predicate });
      byStep.set(rule.step, { rule, predicate });
    }
  }
  return [...byStep.values()].map((x) => x.rule).sort((a, b) => a.step - b.step);
}
