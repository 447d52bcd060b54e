import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import oxigraph from 'oxigraph';
import { projectRoot } from '../pipeline/root.js';

/** The shapes of the JSON-LD contract that ship with faktum. */
export const SHAPES_FILE = join(projectRoot, 'shapes', 'faktum.shacl.ttl');

export const SH = 'http://www.w3.org/ns/shacl#';
export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** Parses a shapes file (Turtle) into quads. */
export function readShapes(file = SHAPES_FILE): oxigraph.Quad[] {
  return oxigraph.parse(readFileSync(file, 'utf8'), { format: 'text/turtle', base_iri: 'https://w3id.org/faktum/shapes' });
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
