import { LITERAL_ESCAPED_DIFFERENTLY, unsupported } from './terms.js';

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
