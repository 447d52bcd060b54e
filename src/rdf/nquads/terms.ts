/** IRIs, patterns and errors shared by the N-Quads writer's parts. */
export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
export const RDF_LANGSTRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const XSD_BOOLEAN = `${XSD}boolean`;
export const XSD_DOUBLE = `${XSD}double`;
export const XSD_INTEGER = `${XSD}integer`;
export const XSD_STRING = `${XSD}string`;

/** jsonld.js's absolute IRI (lib/url.js): a scheme and no white space. Quads with any other IRI are dropped. */
export const ABSOLUTE = /^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$/;
/** IRI characters that jsonld.js (rdf-canonize) writes as `\uXXXX` and n3 does not, or the other way round. */
export const IRI_ESCAPED_DIFFERENTLY = /[\u0000-\u0020<>"{}|^`\\\u007f\ufffe\uffff]/;
/** Literal characters that n3 escapes and jsonld.js does not. */
export const LITERAL_ESCAPED_DIFFERENTLY = /[\ufffe\uffff]/;
/** jsonld.js's well-formed language tag (lib/util.js). */
export const BCP47 = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;

/** The document uses JSON-LD this writer does not read: {@link jsonLdToNQuads} hands it to jsonld.js. */
export class UnsupportedJsonLd extends Error {}

export function unsupported(what: string): never {
  throw new UnsupportedJsonLd(`not faktum's JSON-LD shape: ${what}`);
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

