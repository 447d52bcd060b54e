/** Where a store takes graph writes (Graph Store HTTP Protocol) and SPARQL Update requests. */
export interface StoreEndpoints {
  graphStore: string;
  update: string;
}

/**
 * The update endpoint that goes with a Graph Store Protocol URL, for the stores whose layout is known: Virtuoso
 * (`/sparql-graph-crud[-auth]` beside `/sparql[-auth]`) and Fuseki (`/<dataset>/data` beside `/<dataset>/update`).
 * Errors as data: for another layout, the user names it with `--store-update`.
 */
export function storeEndpoints(graphStore: string, update?: string): StoreEndpoints | { error: string } {
  let url: URL;
  try {
    url = new URL(graphStore);
  } catch {
    return { error: `--store takes the store's Graph Store Protocol URL (http://host:8890/sparql-graph-crud), not "${graphStore}"` };
  }
  if (!/^https?:$/.test(url.protocol)) return { error: `--store: only http and https URLs, not ${url.protocol}` };
  if (url.username || url.password) return { error: 'credentials go in FAKTUM_STORE_USER and FAKTUM_STORE_PASSWORD, not in the URL' };
  if (update) return { graphStore, update };
  const virtuoso = /\/sparql-graph-crud(-auth)?\/?$/.exec(url.pathname);
  if (virtuoso) return { graphStore, update: new URL(`/sparql${virtuoso[1] ?? ''}`, url).toString() };
  if (/\/data\/?$/.test(url.pathname)) return { graphStore, update: new URL(url.pathname.replace(/data\/?$/, 'update'), url).toString() };
  return { error: `cannot tell the SPARQL Update endpoint of ${graphStore}: name it with --store-update <url>` };
}
