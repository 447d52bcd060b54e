import { readFile } from 'node:fs/promises';
import oxigraph from 'oxigraph';
import { collectFiles } from './inputs.js';
import { jsonLdToNQuads, parseNQuads } from './offline.js';

/**
 * The files to load for a query: for each directory, its .jsonld files, or its .nq files when it holds no
 * .jsonld (a run's `all.nq` repeats the .jsonld files, so loading both would only load everything twice).
 * Files given by name are loaded as they are. Throws MissingInputError for a path that does not exist.
 */
export function queryInputs(paths: string[]): string[] {
  return paths.flatMap((path) => {
    const jsonld = collectFiles([path], ['.jsonld']);
    return jsonld.length ? jsonld : collectFiles([path], ['.nq', '.nquads']);
  });
}

/**
 * An Oxigraph store holding the given JSON-LD (expanded offline) and N-Quads files, named graphs preserved.
 * Blank nodes are scoped per file so that `_:b0` of two files stays two nodes.
 */
export async function loadStore(files: string[]): Promise<oxigraph.Store> {
  const store = new oxigraph.Store();
  for (const [i, file] of files.entries()) {
    const text = await readFile(file, 'utf8');
    let nquads: string;
    try {
      nquads = /\.(nq|nquads)$/.test(file) ? text : await jsonLdToNQuads(JSON.parse(text) as object);
    } catch (error) {
      throw new Error(`${file}: cannot read as ${/\.(nq|nquads)$/.test(file) ? 'N-Quads' : 'JSON-LD'}: ${(error as Error).message}`);
    }
    try {
      for (const quad of parseNQuads(nquads, `f${i}_`)) store.add(quad);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
  }
  return store;
}
