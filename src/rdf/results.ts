/** Output formats of `faktum query`. */
export type QueryFormat = 'table' | 'json' | 'csv';

/** A term in SPARQL 1.1 Query Results JSON. */
export interface JsonTerm {
  type: 'uri' | 'literal' | 'bnode' | 'triple';
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}

/** SPARQL 1.1 Query Results JSON: a SELECT (vars and bindings) or an ASK (boolean). */
export interface JsonResults {
  head: { vars?: string[] };
  results?: { bindings: Record<string, JsonTerm>[] };
  boolean?: boolean;
}

/** The PREFIX declarations of a query, to shorten IRIs in tables the way the user wrote them. */
export function queryPrefixes(query: string): Record<string, string> {
  return Object.fromEntries([...query.matchAll(/PREFIX\s+([\w-]*):\s*<([^>]*)>/gi)].map((m) => [m[1], m[2]]));
}

/** How a term is shown in a table: IRIs as prefixed names when a prefix fits, else `<iri>`; literals as text. */
export function displayTerm(term: JsonTerm | undefined, prefixes: Record<string, string> = {}): string {
  if (!term) return '';
  if (term.type === 'uri') {
    for (const [p, ns] of Object.entries(prefixes)) {
      const local = term.value.slice(ns.length);
      if (term.value.startsWith(ns) && /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u.test(local) && !local.endsWith('.')) return `${p}:${local}`;
    }
    return `<${term.value}>`;
  }
  if (term.type === 'bnode') return `_:${term.value}`;
  return term.value.replace(/\s+/g, ' ');
}

/** A plain text table with a header and a row count; widths in code points. */
export function formatTable(results: JsonResults, prefixes: Record<string, string> = {}): string {
  if (typeof results.boolean === 'boolean') return `${results.boolean}\n`;
  const vars = results.head.vars ?? [];
  const bindings = results.results?.bindings ?? [];
  const cells = bindings.map((row) => vars.map((v) => displayTerm(row[v], prefixes)));
  const width = (s: string) => [...s].length;
  const widths = vars.map((v, i) => Math.max(width(v), ...cells.map((c) => width(c[i]))));
  const line = (c: string[]) => c.map((s, i) => s + ' '.repeat(widths[i] - width(s))).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(vars), rule, ...cells.map(line), `(${bindings.length} row${bindings.length === 1 ? '' : 's'})`].join('\n') + '\n';
}

/** SPARQL 1.1 Query Results CSV (RFC 4180 quoting; IRIs and literals as their plain value, blank nodes `_:x`). */
export function formatCsv(results: JsonResults): string {
  if (typeof results.boolean === 'boolean') return `${results.boolean}\r\n`;
  const vars = results.head.vars ?? [];
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const value = (t: JsonTerm | undefined) => (!t ? '' : t.type === 'bnode' ? `_:${t.value}` : t.value);
  const rows = (results.results?.bindings ?? []).map((row) => vars.map((v) => quote(value(row[v]))).join(','));
  return [vars.join(','), ...rows].map((r) => `${r}\r\n`).join('');
}
