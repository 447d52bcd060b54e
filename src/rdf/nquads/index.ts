import type { JsonLdDocument, Options } from 'jsonld';
import { compileContext } from './context.js';
import { QuadWriter } from './quad-writer.js';
import { isObject, unsupported, UnsupportedJsonLd } from './terms.js';

export { UnsupportedJsonLd } from './terms.js';

/**
 * N-Quads straight from faktum's JSON-LD (src/stages/jsonld), without expanding it with jsonld.js: the output is
 * the same text jsonld.js's `toRDF` gives (same quads, same escaping, lines sorted, no duplicates), at a fraction of
 * the cost. Only the JSON-LD that faktum writes is read this way: one inline `@context` of prefixes and typed terms,
 * a default graph, named graphs (`@graph` on a node), nodes with an `@id`, `@type`, and properties whose values are
 * strings, numbers, booleans, IRIs (`{"@id"}` or coerced), value objects (`@type` or `@language`) and arrays of
 * these. Anything else (blank nodes, lists, reverse properties, embedded contexts or nodes, `@vocab`, ...) is left
 * to jsonld.js, as are the rare characters that jsonld.js and n3's Writer (whose escaping literal.ts follows) write differently.
 */

/**
 * N-Quads of a JSON-LD document of faktum's shape (see the top of this file), the same text jsonld.js's `toRDF`
 * writes: lines sorted, no duplicates. Throws {@link UnsupportedJsonLd} for other JSON-LD.
 */
export function writeNQuads(doc: object): string {
  return quadWriter(doc).text();
}

/** {@link writeNQuads} as UTF-8 bytes, written without the text as one string (what `faktum run` stores). */
export function writeNQuadsBytes(doc: object): Buffer {
  return quadWriter(doc).bytes();
}

/** A writer holding the quads of a document of faktum's shape. */
function quadWriter(doc: object): QuadWriter {
  if (!isObject(doc)) return unsupported('the document is not one object');
  const context = compileContext(doc['@context']);
  const writer = new QuadWriter(context);
  const graph = '';
  const keys = Object.keys(doc);
  if (keys.every((k) => k === '@context' || k === '@graph')) {
    const members = doc['@graph'];
    for (const member of Array.isArray(members) ? members : members === undefined ? [] : [members]) writer.node(member, graph);
  } else {
    const { '@context': _context, ...node } = doc;
    writer.node(node, graph);
  }
  return writer;
}

/**
 * N-Quads of a JSON-LD document, offline: written directly for faktum's own JSON-LD ({@link writeNQuads}), expanded
 * with jsonld.js for anything else (a loader that refuses every network request).
 */
export async function jsonLdToNQuads(doc: object): Promise<string> {
  try {
    return writeNQuads(doc);
  } catch (error) {
    if (!(error instanceof UnsupportedJsonLd)) throw error;
  }
  return jsonLdToNQuadsWithJsonLdJs(doc);
}

/** {@link jsonLdToNQuads} as UTF-8 bytes (faktum's own JSON-LD written as bytes directly, {@link writeNQuadsBytes}). */
export async function jsonLdToNQuadsBytes(doc: object): Promise<Buffer> {
  try {
    return writeNQuadsBytes(doc);
  } catch (error) {
    if (!(error instanceof UnsupportedJsonLd)) throw error;
  }
  return Buffer.from(await jsonLdToNQuadsWithJsonLdJs(doc));
}

/** N-Quads of any JSON-LD document with jsonld.js (loaded only when needed), offline. */
export async function jsonLdToNQuadsWithJsonLdJs(doc: object): Promise<string> {
  const { default: jsonld } = await import('jsonld');
  const documentLoader = async (url: string) => {
    throw new Error(`network access refused: ${url}`);
  };
  return (await jsonld.toRDF(doc as JsonLdDocument, { format: 'application/n-quads', documentLoader } as Options.ToRdf)) as unknown as string;
}
