import jsonld from 'jsonld';
import oxigraph from 'oxigraph';

/** A JSON-LD document loader that refuses every network request: the contract's `@context` is inline. */
export async function offlineDocumentLoader(url: string): Promise<never> {
  throw new Error(`network access refused (offline document loader): ${url}`);
}

/** N-Quads of a JSON-LD document, expanded offline. */
export async function jsonLdToNQuads(doc: object): Promise<string> {
  const options = { format: 'application/n-quads', documentLoader: offlineDocumentLoader } as jsonld.Options.ToRdf;
  return (await jsonld.toRDF(doc as jsonld.JsonLdDocument, options)) as unknown as string;
}

/** The expanded form of a JSON-LD document, offline. Relative IRIs stay relative (no base), so they can be found. */
export async function expandOffline(doc: object): Promise<object[]> {
  const options = { documentLoader: offlineDocumentLoader, base: '' } as jsonld.Options.Expand;
  return (await jsonld.expand(doc as jsonld.JsonLdDocument, options)) as object[];
}

/**
 * Parses N-Quads into Oxigraph quads. Blank node labels get `scope` as prefix: labels like `_:b0` from two
 * files must not merge into one node.
 */
export function parseNQuads(nquads: string, scope = ''): oxigraph.Quad[] {
  const quads = oxigraph.parse(nquads, { format: 'application/n-quads' });
  if (!scope || !nquads.includes('_:')) return quads;
  const relabel = <T extends oxigraph.Term>(t: T): T => (t.termType === 'BlankNode' ? (oxigraph.blankNode(`${scope}${t.value}`) as T) : t);
  return quads.map((q) => oxigraph.quad(relabel(q.subject), q.predicate, relabel(q.object), relabel(q.graph)));
}
