import { expandIri, type Context } from './context.js';
import { escapeLiteral, literalTerm } from './literal.js';
import { sortedBytes, sortedText } from './sorted-text.js';
import { TermNodes, type Term } from './term-nodes.js';
import { ABSOLUTE, BCP47, isObject, RDF_TYPE, unsupported } from './terms.js';

/** The graph a quad is in: a named graph's `<iri>`, or '' for the default graph. */
export type Graph = string;

/** Writes the quads of one document as N-Quads lines (the text n3's Writer gives, without building its terms). */
export class QuadWriter {
  /**
   * Lines by subject and predicate (as written, `<iri>`), each line kept as its object and graph part (` .\n`
   * ended): sorting compares short keys, and the whole line is put together only once, when the text is joined.
   */
  readonly lines = new Map<string, Map<string, string[]>>();
  private readonly nodes: TermNodes;

  constructor(private readonly context: Context) {
    this.nodes = new TermNodes(context);
  }

  /** A node in `graph`: its types and properties, and the nodes of its own `@graph`, if any. */
  node(node: unknown, graph: Graph): void {
    if (!isObject(node)) return unsupported('a graph member that is no node object');
    const id = node['@id'];
    if (typeof id !== 'string') return unsupported('a node without @id (a blank node)');
    const subject = this.nodes.reference(id);
    // The end of each line of this node: its graph, if any, and the full stop.
    const end = graph ? ` ${graph} .\n` : ' .\n';
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
          const object = this.nodes.vocabulary(type);
          if (subject && object) this.add(subject, RDF_TYPE_NODE, object + end);
        }
        continue;
      }
      if (key.startsWith('@')) unsupported(`keyword ${key} in a node`);
      const predicate = this.nodes.predicate(key);
      if (value === null || value === undefined) continue;
      const term = this.context.get(key);
      for (const item of Array.isArray(value) ? value : [value]) {
        const object = this.object(item, term?.coerce);
        if (subject && predicate && object) this.add(subject, predicate, object + end);
      }
    }
  }

  /** The RDF term of a property value (jsonld.js expand.js _expandValue, then toRdf.js _objectToRDF). */
  private object(item: unknown, coerce: string | undefined): Term | undefined {
    if (item === null) return undefined;
    if (typeof item === 'string') {
      if (coerce === '@id') return this.nodes.reference(item);
      return literalTerm(this.nodes, item, coerce);
    }
    if (typeof item === 'number' || typeof item === 'boolean') return literalTerm(this.nodes, item, coerce === '@id' ? undefined : coerce);
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
      if (type === undefined) return literalTerm(this.nodes, value, undefined);
      if (typeof type !== 'string') return unsupported('@type of a value that is not a string');
      const datatype = expandIri(this.context, type, true);
      if (!ABSOLUTE.test(datatype)) return unsupported(`datatype ${type}`);
      return literalTerm(this.nodes, value, datatype);
    }
    if ('@id' in item) {
      if (Object.keys(item).length !== 1) return unsupported('an embedded node');
      const id = item['@id'];
      if (typeof id !== 'string') return unsupported('@id that is not a string');
      return this.nodes.reference(id);
    }
    return unsupported(`a value object with keys ${Object.keys(item).join(', ')}`);
  }

  /** Adds a line: `rest` is its object and the rest of the line after the predicate. */
  private add(subject: Term, predicate: Term, rest: string): void {
    let bySubject = this.lines.get(subject);
    if (!bySubject) this.lines.set(subject, (bySubject = new Map()));
    const lines = bySubject.get(predicate);
    if (lines) lines.push(rest);
    else bySubject.set(predicate, [rest]);
  }

  /** All lines, sorted and each once, as jsonld.js writes them ({@link sortedText}). */
  text(): string {
    return sortedText(this.lines);
  }

  /** The same as {@link text}, as UTF-8 bytes ({@link sortedBytes}). */
  bytes(): Buffer {
    return sortedBytes(this.lines);
  }
}

const RDF_TYPE_NODE = `<${RDF_TYPE}>`;
