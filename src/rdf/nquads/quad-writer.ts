import { DataFactory, Writer, type Literal, type NamedNode, type Term } from 'n3';
import { expandIri, type Context } from './context.js';
import { ABSOLUTE, BCP47, IRI_ESCAPED_DIFFERENTLY, isObject, LITERAL_ESCAPED_DIFFERENTLY, RDF_LANGSTRING, RDF_TYPE, unsupported, XSD_BOOLEAN, XSD_DOUBLE, XSD_INTEGER, XSD_STRING, type Json } from './terms.js';

/** Writes the quads of one document as N-Quads lines. */
export class QuadWriter {
  /** Lines by subject IRI and predicate IRI, so that sorting them compares short keys, not whole lines. */
  readonly lines = new Map<string, Map<string, string[]>>();
  private readonly writer = new Writer({ format: 'N-Quads' });
  private readonly nodes = new Map<string, NamedNode>();

  constructor(private readonly context: Context) {}

  /** The node of an absolute IRI, or undefined for an IRI jsonld.js drops (relative, or with white space). */
  iri(value: string): NamedNode | undefined {
    let node = this.nodes.get(value);
    if (node) return node;
    if (!ABSOLUTE.test(value)) return undefined;
    if (IRI_ESCAPED_DIFFERENTLY.test(value)) unsupported(`IRI with characters escaped differently: ${value}`);
    node = DataFactory.namedNode(value);
    this.nodes.set(value, node);
    return node;
  }

  private readonly references = new Map<string, NamedNode | undefined>();
  private readonly vocabularyIris = new Map<string, NamedNode | undefined>();

  /** The node of an `@id` or a value coerced to `@id`, as written in the document. */
  reference(value: string): NamedNode | undefined {
    if (this.references.has(value)) return this.references.get(value);
    const node = this.iri(expandIri(this.context, value, false));
    this.references.set(value, node);
    return node;
  }

  /** The node of a type or property, as written in the document (terms expand too). */
  vocabulary(value: string): NamedNode | undefined {
    if (this.vocabularyIris.has(value)) return this.vocabularyIris.get(value);
    const node = this.iri(expandIri(this.context, value, true));
    this.vocabularyIris.set(value, node);
    return node;
  }

  /** A node in `graph`: its types and properties, and the nodes of its own `@graph`, if any. */
  node(node: unknown, graph: Term): void {
    if (!isObject(node)) return unsupported('a graph member that is no node object');
    const id = node['@id'];
    if (typeof id !== 'string') return unsupported('a node without @id (a blank node)');
    const subject = this.reference(id);
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (key === '@id') continue;
      if (key === '@graph') {
        // A graph with a relative name is dropped by jsonld.js, with everything in it.
        if (subject) for (const member of Array.isArray(value) ? value : [value]) this.node(member, subject);
        continue;
      }
      if (key === '@type') {
        const types = Array.isArray(value) ? value : [value];
        for (const type of types) {
          if (typeof type !== 'string') unsupported('@type that is not a string');
          const object = this.vocabulary(type);
          if (subject && object) this.add(subject, RDF_TYPE_NODE, object, graph);
        }
        continue;
      }
      if (key.startsWith('@')) unsupported(`keyword ${key} in a node`);
      const term = this.context.get(key);
      const predicate = term ? this.iri(term.iri) : this.vocabulary(key);
      if (value === null || value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) {
        const object = this.object(item, term?.coerce);
        if (subject && predicate && object) this.add(subject, predicate, object, graph);
      }
    }
  }

  /** The RDF term of a property value (jsonld.js expand.js _expandValue, then toRdf.js _objectToRDF). */
  private object(item: unknown, coerce: string | undefined): Term | undefined {
    if (item === null) return undefined;
    if (typeof item === 'string') {
      if (coerce === '@id') return this.reference(item);
      return this.literal(item, coerce);
    }
    if (typeof item === 'number' || typeof item === 'boolean') return this.literal(item, coerce === '@id' ? undefined : coerce);
    if (!isObject(item)) return unsupported(`a value ${JSON.stringify(item)}`);
    if ('@value' in item) {
      const keys = Object.keys(item);
      if (keys.some((k) => k !== '@value' && k !== '@type' && k !== '@language')) unsupported(`value object keys ${keys.join(', ')}`);
      const value = item['@value'];
      if (value === null) return undefined;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return unsupported('@value that is no scalar');
      if ('@language' in item) {
        const language = item['@language'];
        if ('@type' in item || typeof value !== 'string' || typeof language !== 'string' || !BCP47.test(language)) return unsupported('language string');
        if (LITERAL_ESCAPED_DIFFERENTLY.test(value)) unsupported('literal with U+FFFE or U+FFFF');
        return DataFactory.literal(value, language.toLowerCase());
      }
      const type = item['@type'];
      if (type === undefined) return this.literal(value, undefined);
      if (typeof type !== 'string') return unsupported('@type of a value that is not a string');
      const datatype = expandIri(this.context, type, true);
      if (!ABSOLUTE.test(datatype)) return unsupported(`datatype ${type}`);
      return this.literal(value, datatype);
    }
    if ('@id' in item) {
      if (Object.keys(item).length !== 1) return unsupported('an embedded node');
      const id = item['@id'];
      if (typeof id !== 'string') return unsupported('@id that is not a string');
      return this.reference(id);
    }
    return unsupported(`a value object with keys ${Object.keys(item).join(', ')}`);
  }

  /** A literal as jsonld.js makes it (toRdf.js _objectToRDF): native numbers and booleans get their XSD type. */
  private literal(value: string | number | boolean, datatype: string | undefined): Literal {
    let lexical: string;
    if (typeof value === 'boolean') {
      lexical = String(value);
      datatype ??= XSD_BOOLEAN;
    } else if (isDouble(value) || datatype === XSD_DOUBLE) {
      const n = typeof value === 'number' ? value : parseFloat(value);
      lexical = n.toExponential(15).replace(/(\d)0*e\+?/, '$1E');
      datatype ??= XSD_DOUBLE;
    } else if (typeof value === 'number') {
      lexical = value.toFixed(0);
      datatype ??= XSD_INTEGER;
    } else {
      lexical = value;
      datatype ??= XSD_STRING;
    }
    if (LITERAL_ESCAPED_DIFFERENTLY.test(lexical)) unsupported('literal with U+FFFE or U+FFFF');
    // jsonld.js writes such a literal without its datatype, n3 with it.
    if (datatype === RDF_LANGSTRING) unsupported('rdf:langString without a language');
    const type = this.iri(datatype) ?? unsupported(`datatype ${datatype}`);
    return DataFactory.literal(lexical, type);
  }

  private add(subject: NamedNode, predicate: NamedNode, object: Term, graph: Term): void {
    let bySubject = this.lines.get(subject.value);
    if (!bySubject) this.lines.set(subject.value, (bySubject = new Map()));
    const line = this.writer.quadToString(subject, predicate, object, graph);
    const lines = bySubject.get(predicate.value);
    if (lines) lines.push(line);
    else bySubject.set(predicate.value, [line]);
  }

  /**
   * All lines, sorted as whole lines (jsonld.js sorts them so), each once (jsonld.js's node map holds no duplicate
   * either). A line is `<subject> <predicate> rest`; no IRI here holds `>` or an escape, so the order of lines is the
   * order of `subject>`, then of `predicate>`, then of the lines themselves.
   */
  text(): string {
    let out = '';
    for (const subject of sortedIris(this.lines)) {
      const bySubject = this.lines.get(subject)!;
      for (const predicate of sortedIris(bySubject)) {
        const lines = bySubject.get(predicate)!;
        if (lines.length > 1) lines.sort();
        for (let i = 0; i < lines.length; i++) if (i === 0 || lines[i] !== lines[i - 1]) out += lines[i];
      }
    }
    return out;
  }
}

const RDF_TYPE_NODE = DataFactory.namedNode(RDF_TYPE);

/** IRIs in the order of their N-Quads form `<iri>` (in which `>` ends the IRI and sorts before letters). */
function sortedIris(iris: Map<string, unknown>): Iterable<string> {
  if (iris.size < 2) return iris.keys();
  return [...iris.keys()].map((iri) => `${iri}>`).sort().map((key) => key.slice(0, -1));
}

function isDouble(value: unknown): boolean {
  return typeof value === 'number' && (String(value).includes('.') || Math.abs(value) >= 1e21);
}
