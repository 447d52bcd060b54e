import { expandIri, type Context } from './context.js';
import { escapeLiteral, literalTerm } from './literal.js';
import { sortedText } from './sorted-text.js';
import { ABSOLUTE, BCP47, IRI_ESCAPED_DIFFERENTLY, isObject, RDF_TYPE, unsupported } from './terms.js';

/**
 * A term as written in N-Quads: `<iri>` or a literal (`"…"`, `"…"@lang`, `"…"^^<iri>`), as n3's Writer writes it in
 * canonical N-Quads. An IRI needs no escaping: one that would is left to jsonld.js (IRI_ESCAPED_DIFFERENTLY).
 */
type Term = string;

/** The graph a quad is in: a named graph's `<iri>`, or '' for the default graph. */
export type Graph = string;

/** Writes the quads of one document as N-Quads lines (the text n3's Writer gives, without building its terms). */
export class QuadWriter {
  /** Lines by subject and predicate (as written, `<iri>`), so that sorting them compares short keys, not whole lines. */
  readonly lines = new Map<string, Map<string, string[]>>();
  private readonly nodes = new Map<string, Term>();

  constructor(private readonly context: Context) {}

  /** The node of an absolute IRI, or undefined for an IRI jsonld.js drops (relative, or with white space). */
  iri(value: string): Term | undefined {
    let node = this.nodes.get(value);
    if (node) return node;
    if (!ABSOLUTE.test(value)) return undefined;
    if (IRI_ESCAPED_DIFFERENTLY.test(value)) unsupported(`IRI with characters escaped differently: ${value}`);
    node = `<${value}>`;
    this.nodes.set(value, node);
    return node;
  }

  private readonly references = new Map<string, Term | undefined>();
  private readonly vocabularyIris = new Map<string, Term | undefined>();

  /** The node of an `@id` or a value coerced to `@id`, as written in the document. */
  reference(value: string): Term | undefined {
    if (this.references.has(value)) return this.references.get(value);
    const node = this.iri(expandIri(this.context, value, false));
    this.references.set(value, node);
    return node;
  }

  /** The node of a type or property, as written in the document (terms expand too). */
  vocabulary(value: string): Term | undefined {
    if (this.vocabularyIris.has(value)) return this.vocabularyIris.get(value);
    const node = this.iri(expandIri(this.context, value, true));
    this.vocabularyIris.set(value, node);
    return node;
  }

  /** A node in `graph`: its types and properties, and the nodes of its own `@graph`, if any. */
  node(node: unknown, graph: Graph): void {
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
      return literalTerm(this, item, coerce);
    }
    if (typeof item === 'number' || typeof item === 'boolean') return literalTerm(this, item, coerce === '@id' ? undefined : coerce);
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
        return `"${escapeLiteral(value)}"@${language.toLowerCase()}`;
      }
      const type = item['@type'];
      if (type === undefined) return literalTerm(this, value, undefined);
      if (typeof type !== 'string') return unsupported('@type of a value that is not a string');
      const datatype = expandIri(this.context, type, true);
      if (!ABSOLUTE.test(datatype)) return unsupported(`datatype ${type}`);
      return literalTerm(this, value, datatype);
    }
    if ('@id' in item) {
      if (Object.keys(item).length !== 1) return unsupported('an embedded node');
      const id = item['@id'];
      if (typeof id !== 'string') return unsupported('@id that is not a string');
      return this.reference(id);
    }
    return unsupported(`a value object with keys ${Object.keys(item).join(', ')}`);
  }

  private add(subject: Term, predicate: Term, object: Term, graph: Graph): void {
    let bySubject = this.lines.get(subject);
    if (!bySubject) this.lines.set(subject, (bySubject = new Map()));
    const line = graph ? `${subject} ${predicate} ${object} ${graph} .\n` : `${subject} ${predicate} ${object} .\n`;
    const lines = bySubject.get(predicate);
    if (lines) lines.push(line);
    else bySubject.set(predicate, [line]);
  }

  /** All lines, sorted and each once, as jsonld.js writes them ({@link sortedText}). */
  text(): string {
    return sortedText(this.lines);
  }
}

const RDF_TYPE_NODE = `<${RDF_TYPE}>`;
