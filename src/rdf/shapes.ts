import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import oxigraph from 'oxigraph';
import { projectRoot } from '../pipeline/root.js';
import { RELATIONS, type RelationSpec } from '../stages/relations/inventory.js';
import { expandIri } from '../stages/jsonld/namespaces.js';

/**
 * The shapes of the JSON-LD contract that ship with faktum, all but the relation part, which `relationShapes`
 * generates from the relation inventory: `readShapes()` reads both.
 */
export const SHAPES_FILE = join(projectRoot, 'shapes', 'faktum.shacl.ttl');

export const SH = 'http://www.w3.org/ns/shacl#';
export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/**
 * The relation part of faktum's shapes (Turtle), from the inventory: every relation property on an entity points at
 * an IRI (fks:Entity), and a statement's `rdf:predicate` and `fk:relation` are the inventory's (the `sh:in` lists
 * of fks:StatementPredicate and fks:StatementRelation, declared in SHAPES_FILE). A new relation needs no edit of
 * the shapes file.
 */
export function relationShapes(relations: Readonly<Record<string, RelationSpec>> = RELATIONS): string {
  const names = Object.keys(relations);
  const iris = names.map((p) => `<${expandIri(relations[p].property)}>`);
  return [
    '# ---------------------------------------------------------------- relations of the inventory',
    '# Generated from src/stages/relations/inventory.ts by src/rdf/shapes.ts (relationShapes).',
    '',
    `@prefix sh: <${SH}> .`,
    '@prefix fks: <https://w3id.org/faktum/shapes#> .',
    '',
    ...(iris.length ? [`fks:Entity\n${iris.map((iri) => `  sh:property [ sh:path ${iri} ; sh:nodeKind sh:IRI ]`).join(' ;\n')} .`] : []),
    `fks:StatementPredicate sh:in ( ${iris.join(' ')} ) .`,
    `fks:StatementRelation sh:in ( ${names.map((p) => JSON.stringify(p)).join(' ')} ) .`,
    '',
  ].join('\n');
}

/** faktum's complete shapes as Turtle: SHAPES_FILE and the relation part generated from `relations`. */
export function contractShapes(relations: Readonly<Record<string, RelationSpec>> = RELATIONS): string {
  return `${readFileSync(SHAPES_FILE, 'utf8')}\n${relationShapes(relations)}`;
}

/** Parses shapes into quads: faktum's (`contractShapes`) without `file`, or else the given file as it is. */
export function readShapes(file?: string): oxigraph.Quad[] {
  const text = file === undefined || resolve(file) === SHAPES_FILE ? contractShapes() : readFileSync(file, 'utf8');
  return oxigraph.parse(text, { format: 'text/turtle', base_iri: 'https://w3id.org/faktum/shapes' });
}

/** A SHACL-SPARQL constraint (`sh:sparql` with `sh:select`) of a shape with class targets. */
export interface SparqlConstraint {
  /** The constraint node (IRI or blank node label), to name it in reports. */
  id: string;
  shape: string;
  targetClasses: string[];
  /** The SELECT query with `$this` renamed `?this` and the declared prefixes in front. */
  query: string;
  message: string;
}

/**
 * The SHACL-SPARQL constraints of the shapes. rdf-validate-shacl implements SHACL Core only, so faktum runs these
 * itself: pre-binding of `$this` is done by selecting `?this` and keeping the rows whose `?this` is a target.
 */
export function sparqlConstraints(quads: oxigraph.Quad[]): SparqlConstraint[] {
  const objects = (s: oxigraph.Term, p: string) => quads.filter((q) => q.subject.equals(s) && q.predicate.value === p).map((q) => q.object);
  const constraints: SparqlConstraint[] = [];
  for (const link of quads.filter((q) => q.predicate.value === `${SH}sparql`)) {
    const shape = link.subject;
    const c = link.object;
    const select = objects(c, `${SH}select`)[0]?.value;
    if (!select) continue;
    const prefixes = objects(c, `${SH}prefixes`).flatMap((ontology) => objects(ontology, `${SH}declare`)).map((decl) => {
      return `PREFIX ${objects(decl, `${SH}prefix`)[0]?.value}: <${objects(decl, `${SH}namespace`)[0]?.value}>`;
    });
    constraints.push({
      id: c.termType === 'BlankNode' ? `_:${c.value}` : c.value,
      shape: shape.value,
      targetClasses: objects(shape, `${SH}targetClass`).map((t) => t.value),
      query: `${prefixes.join('\n')}\n${select.replace(/\$this\b/g, '?this')}`,
      message: objects(c, `${SH}message`)[0]?.value ?? 'SPARQL constraint violated',
    });
  }
  return constraints;
}
