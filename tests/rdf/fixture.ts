import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { extractText, openPipeline, type Pipeline } from '../../src/api.js';

/** The seed article of the corpus. */
export const SEED = 'de/2025-07-nvidia-h20-china.txt';

let pipeline: Promise<Pipeline> | undefined;

/** The default pipeline, opened once per test file. */
export function sharedPipeline(): Promise<Pipeline> {
  pipeline ??= openPipeline();
  return pipeline;
}

/** The JSON-LD the pipeline writes for `text` (in-process, from src). */
export async function jsonLdOf(text: string, path: string): Promise<Record<string, unknown>> {
  const doc = await extractText(await sharedPipeline(), text, { path });
  if (!doc.output) throw new Error(`no output for ${path}: ${JSON.stringify(doc.messages)}`);
  return doc.output as Record<string, unknown>;
}

/** Relative paths (`de/x.txt`) of the corpus articles. */
export function corpusArticles(only?: string[]): string[] {
  const all = readdirSync('corpus/de').filter((f) => f.endsWith('.txt')).sort().map((f) => `de/${f}`);
  return only ? all.filter((p) => only.includes(p)) : all;
}

/**
 * Runs the pipeline over corpus articles and writes `<dir>/<path without .txt>.jsonld` as `faktum run` does.
 * Returns the output directory and the files.
 */
export async function writeCorpusOutput(only?: string[]): Promise<{ dir: string; files: Map<string, string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'faktum-rdf-'));
  const files = new Map<string, string>();
  for (const path of corpusArticles(only)) {
    const json = await jsonLdOf(readFileSync(join('corpus', path), 'utf8'), path);
    const file = join(dir, path.replace(/\.txt$/, '.jsonld'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(json, null, 2));
    files.set(path, file);
  }
  return { dir, files };
}

/** The named graph of an output document: its nodes (article, entities, NIF, statements). */
export function extractionNodes(doc: Record<string, unknown>): Record<string, unknown>[] {
  const graph = (doc['@graph'] as Record<string, unknown>[]).find((n) => Array.isArray(n['@graph']));
  return graph!['@graph'] as Record<string, unknown>[];
}

/** Nodes whose `@type` includes `type`. */
export function nodesOfType(nodes: Record<string, unknown>[], type: string): Record<string, unknown>[] {
  return nodes.filter((n) => ([] as unknown[]).concat(n['@type']).includes(type));
}
