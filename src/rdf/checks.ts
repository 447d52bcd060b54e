import type oxigraph from 'oxigraph';
import { RDF_TYPE } from './shapes.js';
import { termLabel } from './shacl.js';
import type { Violation } from './violation.js';

/** A quad as plain strings (terms by {@link termLabel}; `graph` is '' for the default graph). */
export interface PlainQuad {
  subject: string;
  predicate: string;
  object: string;
  graph: string;
}

/** Plain copies of Oxigraph quads: reading terms across the WebAssembly boundary again and again is slow. */
export function plainQuads(quads: oxigraph.Quad[]): PlainQuad[] {
  return quads.map((q) => ({ subject: termLabel(q.subject), predicate: q.predicate.value, object: termLabel(q.object), graph: q.graph.termType === 'DefaultGraph' ? '' : termLabel(q.graph) }));
}

const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';
const PROV = 'http://www.w3.org/ns/prov#';
const SCHEMA = 'http://schema.org/';

/** An absolute IRI has a scheme (RFC 3987); `_:` blank node labels and relative references are not. */
export function isAbsoluteIri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/.test(value) && !value.startsWith('_:');
}

/**
 * Every `@id` of the expanded document is an absolute IRI. Checked on the expanded form (compact IRIs such as
 * `wd:Q30` are expanded by then), because jsonld's RDF conversion silently drops triples with relative IRIs.
 */
export function checkAbsoluteIds(file: string, expanded: unknown): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if (key === '@id' && typeof v === 'string' && !isAbsoluteIri(v) && !seen.has(v)) {
        seen.add(v);
        out.push({ file, node: v, reason: '@id is not an absolute IRI', source: 'code' });
      } else if (key !== '@value') visit(v);
    }
  };
  visit(expanded);
  return out;
}

/**
 * `nif:anchorOf` equals the code point slice `[beginIndex, endIndex)` of the context's `nif:isString` (RFC 5147
 * counts code points; an offset counted in UTF-16 units shifts after every emoji and fails here).
 */
export function checkAnchors(file: string, quads: PlainQuad[]): Violation[] {
  const props = new Map<string, Map<string, string>>();
  for (const q of quads) {
    if (!q.predicate.startsWith(NIF)) continue;
    if (!props.has(q.subject)) props.set(q.subject, new Map());
    props.get(q.subject)!.set(q.predicate.slice(NIF.length), q.object);
  }
  const codePoints = new Map<string, string[]>();
  const out: Violation[] = [];
  for (const [node, p] of props) {
    const anchor = p.get('anchorOf');
    const ctx = p.get('referenceContext');
    if (anchor === undefined || !ctx) continue;
    const text = props.get(ctx)?.get('isString');
    if (text === undefined) continue;
    if (!codePoints.has(ctx)) codePoints.set(ctx, [...text]);
    const begin = Number(p.get('beginIndex'));
    const end = Number(p.get('endIndex'));
    const slice = codePoints.get(ctx)!.slice(begin, end).join('');
    if (slice !== anchor) {
      out.push({ file, node, reason: `nif:anchorOf ${JSON.stringify(anchor)} is not code points [${begin}, ${end}) of nif:isString, which are ${JSON.stringify(slice)}`, path: `${NIF}anchorOf`, source: 'code' });
    }
  }
  return out;
}

/**
 * Graph layout of one article: provenance (prov:Activity, its agent) in the default graph; the extraction in
 * exactly one named graph, the one the activity `prov:generated`.
 */
export function checkGraphs(file: string, quads: PlainQuad[]): Violation[] {
  const out: Violation[] = [];
  const named = [...new Set(quads.filter((q) => q.graph).map((q) => q.graph))];
  if (named.length !== 1) out.push({ file, node: '(document)', reason: `the extraction must be in exactly one named graph, found ${named.length}`, source: 'code' });
  const typed = (cls: string) => quads.filter((q) => q.predicate === RDF_TYPE && q.object === cls);
  const activities = typed(`${PROV}Activity`);
  if (!activities.length) out.push({ file, node: '(document)', reason: 'no prov:Activity (provenance) found', source: 'code' });
  for (const a of activities) {
    const node = a.subject;
    if (a.graph) out.push({ file, node, reason: `prov:Activity must be in the default graph, found in graph ${a.graph}`, source: 'code' });
    const generated = quads.filter((q) => q.subject === a.subject && q.predicate === `${PROV}generated`).map((q) => q.object);
    for (const g of generated) if (!named.includes(g)) out.push({ file, node, reason: `prov:generated names ${g}, which is not the named graph of the extraction`, source: 'code' });
  }
  for (const cls of [`${SCHEMA}NewsArticle`, `${NIF}Context`, `${NIF}Phrase`, `${NIF}Sentence`]) {
    for (const q of typed(cls)) {
      if (!q.graph) out.push({ file, node: q.subject, reason: `extraction data (${cls.replace(/.*[#/]/, '')}) must be in the article's named graph, not the default graph`, source: 'code' });
    }
  }
  return out;
}
