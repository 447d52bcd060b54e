import rdf from '@zazuko/env';
import type { Quad as RdfQuad, Term as RdfTerm } from '@rdfjs/types';
import SHACLValidator from 'rdf-validate-shacl';
import oxigraph from 'oxigraph';
import { RDF_TYPE, SH, readShapes, sparqlConstraints, type SparqlConstraint } from './shapes.js';
import type { Violation } from './violation.js';

/** Oxigraph term -> RDF/JS term of the @zazuko/env factory (the environment rdf-validate-shacl works in). */
function envTerm(t: oxigraph.Term): RdfTerm {
  switch (t.termType) {
    case 'NamedNode':
      return rdf.namedNode(t.value);
    case 'BlankNode':
      return rdf.blankNode(t.value);
    case 'Literal':
      return t.language ? rdf.literal(t.value, t.language) : rdf.literal(t.value, rdf.namedNode(t.datatype.value));
    default:
      return rdf.defaultGraph();
  }
}

/** The merged dataset: every quad moved into the default graph, as SHACL validates one data graph. */
function mergedDataset(quads: oxigraph.Quad[]) {
  return rdf.dataset(quads.map((q) => rdf.quad(envTerm(q.subject) as RdfQuad['subject'], envTerm(q.predicate) as RdfQuad['predicate'], envTerm(q.object) as RdfQuad['object'])));
}

/** How a term is named in a report: IRIs as they are, blank nodes as `_:label`, literals as their value. */
export function termLabel(t: { termType: string; value: string } | undefined | null): string {
  if (!t) return '';
  return t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
}

/** A validator for the contract shapes, built once and reused for every file. */
export class ContractValidator {
  private readonly core: SHACLValidator;
  readonly sparql: SparqlConstraint[];

  constructor(shapes: oxigraph.Quad[] = readShapes()) {
    // rdf-validate-shacl throws on sh:sparql (SHACL-SPARQL is not Core): it gets the shapes without them.
    this.core = new SHACLValidator(mergedDataset(shapes.filter((q) => q.predicate.value !== `${SH}sparql`)), { factory: rdf });
    this.sparql = sparqlConstraints(shapes);
  }

  /** SHACL Core over the merged graphs of one file. */
  async coreCheck(file: string, quads: oxigraph.Quad[]): Promise<Violation[]> {
    const report = await this.core.validate(mergedDataset(quads));
    return report.results.map((r) => ({
      file,
      node: termLabel(r.focusNode),
      reason: r.message.map((m) => m.value).join('; ') || `violates ${termLabel(r.sourceConstraintComponent).replace('http://www.w3.org/ns/shacl#', 'sh:')}`,
      ...(r.path ? { path: termLabel(r.path) } : {}),
      ...(r.value ? { value: termLabel(r.value) } : {}),
      source: 'shacl' as const,
    }));
  }

  /** The SHACL-SPARQL constraints, run in Oxigraph over the union of the file's graphs. */
  sparqlCheck(file: string, quads: oxigraph.Quad[], skip: (c: SparqlConstraint) => boolean = () => false): Violation[] {
    const store = new oxigraph.Store(quads);
    const out: Violation[] = [];
    for (const c of this.sparql.filter((x) => !skip(x))) {
      const targets = new Set(c.targetClasses.flatMap((cls) => store.match(null, oxigraph.namedNode(RDF_TYPE), oxigraph.namedNode(cls), null).map((q) => termLabel(q.subject))));
      const rows = store.query(c.query, { use_default_graph_as_union: true }) as Map<string, oxigraph.Term>[];
      for (const row of rows) {
        const node = termLabel(row.get('this'));
        if (!targets.has(node)) continue;
        const value = row.get('value');
        out.push({ file, node, reason: c.message, ...(value ? { value: termLabel(value) } : {}), source: 'sparql' });
      }
    }
    return out;
  }
}
