import oxigraph from 'oxigraph';
import { formatCsv, formatTable, queryPrefixes, type JsonResults, type QueryFormat } from '../rdf/results.js';

/** Media types of a graph answer (CONSTRUCT, DESCRIBE) per `--format`. */
export const GRAPH_TYPES: Record<QueryFormat, string> = { json: 'application/ld+json', csv: 'application/n-triples', table: 'text/turtle' };

/**
 * SPARQL 1.1 results JSON in one shape for files and endpoints: `head.vars` and `results.bindings`, or `boolean`
 * (stores add keys such as Virtuoso's `link`, `distinct`, `ordered`), with SPARQL 1.0's `typed-literal` as `literal`.
 */
export function normalizeResults(json: string): JsonResults {
  const parsed = JSON.parse(json) as JsonResults;
  if (typeof parsed.boolean === 'boolean') return { head: {}, boolean: parsed.boolean };
  const bindings = parsed.results?.bindings ?? [];
  for (const row of bindings) for (const term of Object.values(row)) if ((term.type as string) === 'typed-literal') term.type = 'literal';
  return { head: { vars: parsed.head.vars ?? [] }, results: { bindings } };
}

/** A graph from an endpoint (N-Triples) written by Oxigraph in the format the files give, so both print alike. */
export function reserialize(ntriples: string, format: QueryFormat): string {
  const store = new oxigraph.Store();
  store.load(ntriples, { format: 'application/n-triples' });
  return store.query('CONSTRUCT WHERE { ?s ?p ?o }', { results_format: format === 'json' ? 'json' : GRAPH_TYPES[format] }) as string;
}

/** Prints an answer in the chosen format: a graph as it came, results through the same formatters for both sources. */
export function printAnswer(out: (s: string) => void, format: QueryFormat, query: string, answer: { graph?: string; results?: JsonResults }): void {
  if (answer.graph !== undefined) out(answer.graph.endsWith('\n') || !answer.graph ? answer.graph : `${answer.graph}\n`);
  else if (format === 'json') out(`${JSON.stringify(answer.results)}\n`);
  else if (format === 'csv') out(formatCsv(answer.results!));
  else out(formatTable(answer.results!, queryPrefixes(query)));
}
