import { ABSOLUTE, isObject, unsupported } from './terms.js';

/** A term of the context: its IRI, whether it may prefix compact IRIs, and its coercion (`@id` or a datatype). */
export interface Definition {
  iri: string;
  prefix: boolean;
  coerce?: string;
}

export type Context = Map<string, Definition>;

const compiled = new WeakMap<object, Context>();

/** The term definitions of an inline context, as jsonld.js creates them (context.js createTermDefinition). */
export function compileContext(local: unknown): Context {
  if (!isObject(local)) return unsupported('@context is not one inline object');
  const cached = compiled.get(local);
  if (cached) return cached;
  const context: Context = new Map();
  const defining = new Set<string>();
  const expand = (value: string): string => {
    if (value.startsWith('@')) unsupported(`keyword ${value} in the context`);
    if (Object.hasOwn(local, value)) return define(value).iri;
    const colon = value.indexOf(':');
    if (colon > 0) {
      const prefix = value.slice(0, colon);
      const suffix = value.slice(colon + 1);
      if (prefix === '_') unsupported('blank node in the context');
      if (suffix.startsWith('//')) return value;
      if (Object.hasOwn(local, prefix)) {
        const definition = define(prefix);
        if (definition.prefix) return definition.iri + suffix;
      }
    }
    return value;
  };
  const define = (term: string): Definition => {
    const known = context.get(term);
    if (known) return known;
    if (defining.has(term)) unsupported(`cyclic term ${term}`);
    if (term.startsWith('@') || term === '') unsupported(`context entry ${JSON.stringify(term)}`);
    defining.add(term);
    const value = local[term];
    const colon = term.indexOf(':');
    let definition: Definition;
    if (typeof value === 'string') {
      if (colon > 0) unsupported(`term ${term} in the form of an IRI mapped by a string`);
      const iri = expand(value);
      if (!ABSOLUTE.test(iri) || iri.startsWith('_:')) unsupported(`term ${term} maps to no absolute IRI`);
      definition = { iri, prefix: /[:/?#[\]@]$/.test(iri) };
    } else if (isObject(value)) {
      if (Object.keys(value).some((k) => k !== '@type')) unsupported(`term ${term} has more than a @type`);
      if (colon <= 0) unsupported(`term ${term} has no IRI`);
      const prefix = term.slice(0, colon);
      const iri = Object.hasOwn(local, prefix) ? define(prefix).iri + term.slice(colon + 1) : term;
      if (!ABSOLUTE.test(iri) || iri.startsWith('_:')) unsupported(`term ${term} maps to no absolute IRI`);
      definition = { iri, prefix: false };
      if ('@type' in value) {
        const type = value['@type'];
        if (type === '@id') definition.coerce = '@id';
        else if (typeof type === 'string') {
          const datatype = expand(type);
          if (!ABSOLUTE.test(datatype) || datatype.startsWith('_:')) unsupported(`term ${term} has the type ${type}`);
          definition.coerce = datatype;
        } else unsupported(`term ${term} has the type ${JSON.stringify(type)}`);
      }
    } else return unsupported(`term ${term} is ${JSON.stringify(value)}`);
    defining.delete(term);
    context.set(term, definition);
    return definition;
  };
  for (const term of Object.keys(local)) define(term);
  compiled.set(local, context);
  return context;
}

/**
 * An IRI as jsonld.js expands it (context.js _expandIri): a term (for properties and types), a compact IRI, or the
 * value itself (absolute, or relative to the empty base, which drops it later).
 */
export function expandIri(context: Context, value: string, vocab: boolean): string {
  if (value.startsWith('@')) unsupported(`keyword-like IRI ${value}`);
  if (vocab) {
    const term = context.get(value);
    if (term) return term.iri;
  }
  const colon = value.indexOf(':');
  if (colon > 0) {
    const prefix = value.slice(0, colon);
    if (prefix === '_') unsupported(`blank node ${value}`);
    const suffix = value.slice(colon + 1);
    if (suffix.startsWith('//')) return value;
    const term = context.get(prefix);
    if (term?.prefix) return term.iri + suffix;
  }
  return value;
}
