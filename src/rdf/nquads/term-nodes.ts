import { expandIri, type Context } from './context.js';
import { ABSOLUTE, IRI_ESCAPED_DIFFERENTLY, unsupported } from './terms.js';

/**
 * A term as written in N-Quads: `<iri>` or a literal (`"…"`, `"…"@lang`, `"…"^^<iri>`), as n3's Writer writes it in
 * canonical N-Quads. An IRI needs no escaping: one that would is left to jsonld.js (IRI_ESCAPED_DIFFERENTLY).
 */
export type Term = string;

/**
 * Terms of the vocabulary (types, properties, datatypes) by context, kept across documents: every article of a run
 * shares faktum's one context object, so each term is expanded and checked once per thread, not once per document.
 */
const vocabularies = new WeakMap<Context, { terms: Map<string, Term | undefined>; predicates: Map<string, Term | undefined> }>();
/** Datatype IRIs as nodes, across documents (a few dozen in practice; emptied if a run ever makes it large). */
const datatypes = new Map<string, Term | undefined>();

/** The node of an absolute IRI, or undefined for an IRI jsonld.js drops (relative, or with white space). */
function iriNode(value: string): Term | undefined {
  if (!ABSOLUTE.test(value)) return undefined;
  if (IRI_ESCAPED_DIFFERENTLY.test(value)) unsupported(`IRI with characters escaped differently: ${value}`);
  return `<${value}>`;
}

/** The node kept under `key`, made by `make` on first use; an undefined node (an IRI jsonld.js drops) is kept too. */
function kept(nodes: Map<string, Term | undefined>, key: string, make: (key: string) => Term | undefined): Term | undefined {
  let node = nodes.get(key);
  if (node !== undefined || nodes.has(key)) return node;
  node = make(key);
  nodes.set(key, node);
  return node;
}

/** The terms of one document's IRIs as N-Quads writes them: references per document, the vocabulary shared. */
export class TermNodes {
  private readonly references = new Map<string, Term | undefined>();
  private readonly vocabularyIris: Map<string, Term | undefined>;
  private readonly predicates: Map<string, Term | undefined>;

  constructor(private readonly context: Context) {
    let shared = vocabularies.get(context);
    if (!shared) vocabularies.set(context, (shared = { terms: new Map(), predicates: new Map() }));
    this.vocabularyIris = shared.terms;
    this.predicates = shared.predicates;
  }

  /** The node of a datatype IRI (see {@link iriNode}). */
  iri(value: string): Term | undefined {
    if (datatypes.has(value)) return datatypes.get(value);
    const node = iriNode(value);
    if (datatypes.size > 10_000) datatypes.clear();
    datatypes.set(value, node);
    return node;
  }

  /** The node of an `@id` or a value coerced to `@id`, as written in the document. */
  reference(value: string): Term | undefined {
    return kept(this.references, value, this.expandReference);
  }

  /** The node of a type or property, as written in the document (terms expand too). */
  vocabulary(value: string): Term | undefined {
    return kept(this.vocabularyIris, value, this.expandVocabulary);
  }

  /** The node of a node object's key as a property: its term's IRI, or the key expanded. */
  predicate(key: string): Term | undefined {
    return kept(this.predicates, key, this.expandPredicate);
  }

  // Bound once per document, so that a look-up allocates nothing.
  private readonly expandReference = (value: string) => iriNode(expandIri(this.context, value, false));
  private readonly expandVocabulary = (value: string) => iriNode(expandIri(this.context, value, true));
  private readonly expandPredicate = (key: string) => {
    const term = this.context.get(key);
    return term ? iriNode(term.iri) : this.vocabulary(key);
  };
}
