import oxigraph from 'oxigraph';

/** The IRI of the named graph that holds the provenance of every article written to a store. */
export const PROVENANCE_GRAPH = 'https://w3id.org/faktum/graph/provenance';

/** One article's output split for a store: its extraction graph and its provenance triples. */
export interface ArticleGraphs {
  /** IRI of the article's named graph. */
  graph: string;
  /** The named graph's triples, N-Triples. */
  triples: string;
  /** The default graph's triples (PROV-O activity, software agent), N-Triples. */
  provenance: string;
  /** IRIs described by the provenance whose old triples a rewrite replaces (the activity, the graph). */
  provenanceSubjects: string[];
}

/**
 * Splits the N-Quads of one article (faktum's output: one named graph, provenance in the default graph). Errors as
 * data: an output with no named graph, or several, cannot be written as one graph.
 */
export function articleGraphs(nquads: string): ArticleGraphs | { error: string } {
  let store: oxigraph.Store;
  try {
    store = new oxigraph.Store(oxigraph.parse(nquads, { format: 'application/n-quads' }));
  } catch (error) {
    return { error: `not N-Quads: ${(error as Error).message}` };
  }
  const graphs = new Set<string>();
  for (const quad of store.match()) if (quad.graph.termType === 'NamedNode') graphs.add(quad.graph.value);
  if (graphs.size !== 1) return { error: `expected one named graph per article, found ${graphs.size}` };
  const [graph] = graphs;
  const subjects = new Set<string>();
  for (const quad of store.match(null, null, null, oxigraph.defaultGraph())) {
    const generated = quad.predicate.value === 'http://www.w3.org/ns/prov#wasGeneratedBy';
    if (quad.subject.termType === 'NamedNode' && (generated || quad.subject.value.startsWith(graph.replace(/\/graph$/, '/')))) subjects.add(quad.subject.value);
  }
  return {
    graph,
    triples: store.dump({ format: 'application/n-triples', from_graph_name: oxigraph.namedNode(graph) }),
    provenance: store.dump({ format: 'application/n-triples', from_graph_name: oxigraph.defaultGraph() }),
    provenanceSubjects: [...subjects].sort(),
  };
}

/**
 * The SPARQL Update that replaces an article's provenance in {@link PROVENANCE_GRAPH}: the old triples of its
 * activity and graph go, the new ones come (shared nodes such as the software agent are set-merged).
 */
export function provenanceUpdate(article: ArticleGraphs): string {
  const deletes = article.provenanceSubjects.map((s) => `DELETE WHERE { GRAPH <${PROVENANCE_GRAPH}> { <${s}> ?p ?o } };`);
  return [...deletes, `INSERT DATA { GRAPH <${PROVENANCE_GRAPH}> {\n${article.provenance}} }`].join('\n');
}
