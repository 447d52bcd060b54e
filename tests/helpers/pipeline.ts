import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, openPipeline, type Doc, type Pipeline } from '../../src/api.js';

let pipeline: Promise<Pipeline> | undefined;

/** The de-news pipeline, built once per test file. */
export function dePipeline(): Promise<Pipeline> {
  pipeline ??= openPipeline({ pipeline: 'de-news' });
  return pipeline;
}

/** Runs de-news over a text. */
export async function extract(text: string, path = 'test.txt'): Promise<Doc> {
  return extractText(await dePipeline(), text, { path });
}

/** The corpus articles: path relative to corpus/, and text. */
export function corpusArticles(): Array<{ path: string; text: string }> {
  const dir = join(import.meta.dirname, '..', '..', 'corpus', 'de');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ path: `de/${f}`, text: readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '') }));
}

/** `text/TYPE[kind]` strings of a doc's mentions, for compact assertions. */
export function mentionLabels(doc: Doc): string[] {
  return doc.mentions.map((m) => `${m.text}/${m.type}${m.kind === 'name' ? '' : m.kind}`);
}

/** The QIDs the doc's name mentions written `name` link to (`-` for an entity without one), in text order. */
export function qidsOfName(doc: Doc, name: string): string[] {
  const qid = new Map(doc.entities.map((e) => [e.id, e.qid ?? '-']));
  return doc.mentions.filter((m) => m.kind === 'name' && m.text === name).map((m) => qid.get(m.entity!) ?? '-');
}

/** `subject predicate object` strings of a doc's relations, by entity name. */
export function relationTriples(doc: Doc): string[] {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.relations.map((r) => `${names.get(r.subject)} ${r.predicate} ${names.get(r.object)}`);
}
