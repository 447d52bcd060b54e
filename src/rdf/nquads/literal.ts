import { LITERAL_ESCAPED_DIFFERENTLY, RDF_LANGSTRING, unsupported, XSD_BOOLEAN, XSD_DOUBLE, XSD_INTEGER, XSD_STRING } from './terms.js';

/**
 * Characters that canonical N-Quads escapes in a literal (n3's Writer and jsonld.js alike, apart from U+FFFE and
 * U+FFFF): U+0000-U+001F, `"`, `\`, U+007F, U+FFFE, U+FFFF. Most literals have none: one test, and no copy.
 */
const NEEDS_ESCAPE = /[^ !#-[\]-~\u0080-\ufffd]/;
const NEEDS_ESCAPE_ALL = /[^ !#-[\]-~\u0080-\ufffd]/g;
const SHORT: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' };

/** A character as canonical N-Quads writes it: a short escape where one exists, else `\uXXXX` in upper case. */
function escapeCharacter(character: string): string {
  return SHORT[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The lexical form of a literal between its quotes, escaped as n3's N-Quads writer escapes it (so as jsonld.js does).
 * Throws {@link UnsupportedJsonLd} for U+FFFE and U+FFFF, which the two libraries write differently.
 */
export function escapeLiteral(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  if (LITERAL_ESCAPED_DIFFERENTLY.test(value)) unsupported('literal with U+FFFE or U+FFFF');
  return value.replace(NEEDS_ESCAPE_ALL, escapeCharacter);
}

/** What {@link literalTerm} needs of the writer: the `<iri>` node of a datatype (undefined when not absolute). */
export interface IriNodes {
  iri(value: string): string | undefined;
}

/** A literal term as jsonld.js makes it (toRdf.js _objectToRDF): native numbers and booleans get their XSD type. */
export function literalTerm(nodes: IriNodes, value: string | number | boolean, datatype: string | undefined): string {
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
    // Only text needs escaping: numbers and booleans are written in characters that never do.
    lexical = escapeLiteral(value);
    datatype ??= XSD_STRING;
  }
  // jsonld.js writes such a literal without its datatype, n3 with it.
  if (datatype === RDF_LANGSTRING) unsupported('rdf:langString without a language');
  const type = nodes.iri(datatype) ?? unsupported(`datatype ${datatype}`);
  return datatype === XSD_STRING ? `"${lexical}"` : `"${lexical}"^^${type}`;
}

function isDouble(value: unknown): boolean {
  if (typeof value !== 'number') return false;
  // An integer below 1e21 prints without a point: no string is made for the common case (offsets).
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return false;
  return String(value).includes('.') || Math.abs(value) >= 1e21;
}
