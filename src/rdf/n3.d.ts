// The part of n3 (2.x, no bundled types) that src/rdf/nquads/ uses: RDF/JS terms and the N-Quads line writer.
declare module 'n3' {
  export interface Term {
    readonly termType: string;
    readonly value: string;
  }
  export interface NamedNode extends Term {
    readonly termType: 'NamedNode';
  }
  export interface Literal extends Term {
    readonly termType: 'Literal';
    readonly language: string;
    readonly datatype: NamedNode;
  }
  export interface DefaultGraph extends Term {
    readonly termType: 'DefaultGraph';
  }
  export const DataFactory: {
    namedNode(iri: string): NamedNode;
    literal(value: string, languageOrDatatype?: string | NamedNode): Literal;
    defaultGraph(): DefaultGraph;
  };
  export class Writer {
    constructor(options?: { format?: string });
    /** One quad as a line (`... .\n`), escaped as canonical N-Quads when the format is N-Quads. */
    quadToString(subject: Term, predicate: Term, object: Term, graph?: Term): string;
  }
}
