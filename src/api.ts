import { createHash } from 'node:crypto';
import { createDoc, type Doc } from './document/doc.js';
import { builtinKbHash } from './kb/builtin.js';
import { packageVersion } from './pipeline/root.js';
import type { DocMeta } from './document/types.js';
import { loadPipeline, PipelineError, type Pipeline } from './pipeline/load.js';
import { getKb } from './pipeline/resources.js';
import { runPipeline } from './pipeline/run.js';
import { defaultRegistry } from './stages/index.js';
import { buildJsonLd } from './stages/jsonld/build.js';

/** Options of {@link openPipeline}. */
export interface OpenOptions {
  /** Pipeline name (`de-news`) or file. */
  pipeline?: string;
  /** User KB files (JSON Lines). */
  kbFiles?: string[];
}

/** Loads and builds a pipeline with all shipped stages. Throws PipelineError naming the file and the problem. */
export async function openPipeline(options: OpenOptions = {}): Promise<Pipeline> {
  const kbFiles = options.kbFiles ?? [];
  // A user KB with bad lines is refused as a whole, naming every problem, rather than half-loaded in silence.
  const problems = getKb(kbFiles).errors;
  if (problems.length) throw new PipelineError(problems.map((e) => `${e.file}:${e.line}: ${e.reason}`).join('\n'));
  return loadPipeline(options.pipeline ?? 'de-news', defaultRegistry(), { kbFiles });
}

/** Runs the pipeline over one text. Problems are on `doc.messages`; a fatal one means the document failed. */
export async function extractText(pipeline: Pipeline, text: string, meta: Partial<DocMeta> = {}): Promise<Doc> {
  return runPipeline(pipeline, createDoc(text, meta));
}

/**
 * Runs the pipeline over pre-tokenized sentences (CoNLL/GermEval): the text is the words joined by spaces, one
 * sentence per line; the given tokens and sentences replace ingest and tokenization.
 */
export async function extractTokens(pipeline: Pipeline, sentences: string[][]): Promise<Doc> {
  const text = sentences.map((words) => words.join(' ')).join('\n');
  const doc = createDoc(text, { path: 'conll' });
  let offset = 0;
  sentences.forEach((words, s) => {
    const tokenStart = doc.tokens.length;
    const start = offset;
    for (const word of words) {
      doc.tokens.push({ start: offset, end: offset + word.length, text: word, norm: word, sentence: s });
      offset += word.length + 1;
    }
    doc.sentences.push({ start, end: Math.max(start, offset - 1), tokenStart, tokenEnd: doc.tokens.length, block: 'body' });
    offset = Math.max(offset, start + 1);
  });
  doc.layers.add('meta').add('tokens').add('sentences');
  return runPipeline(pipeline, doc, { skip: ['ingest', 'tokenize'] });
}

/** The JSON-LD of a processed document (the jsonld stage's output, or built now). */
export function docToJsonLd(doc: Doc, info: { pipeline: string; stages?: string[]; model?: string; version: string }): Record<string, unknown> {
  return doc.output ?? buildJsonLd(doc, { stages: [], ...info });
}

/**
 * N-Quads of a JSON-LD document, offline: faktum's own JSON-LD written directly (the text jsonld.js's `toRDF` gives,
 * lines sorted), any other JSON-LD expanded with jsonld.js (a loader that refuses every network request).
 */
export { jsonLdToNQuads, jsonLdToNQuadsBytes } from './rdf/nquads/index.js';

/** A fingerprint of the pipeline: name, stage ids, model, stage options, built-in KB and version, for resuming runs. */
export function pipelineFingerprint(pipeline: Pipeline): string {
  // Stage options and the built-in KB change output as much as the stage ids do: a rerun must redo what they touch.
  const options = createHash('sha256').update(JSON.stringify(pipeline.config.stages)).digest('hex').slice(0, 12);
  return [pipeline.config.name, ...pipeline.stageIds, pipeline.model ?? 'no-model', `options.${options}`, `kb.${builtinKbHash()}`, `faktum@${packageVersion()}`].join('|');
}

/**
 * Empties every per-word cache of this thread (classifier memos, word records, the tagger's score vectors): the
 * next texts cost what unseen words cost. Results never change; benchmarks use it (see BENCHMARKS.md).
 */
export { forgetWords } from './cache/word-caches.js';
export type { Pipeline } from './pipeline/load.js';
export type { Doc } from './document/doc.js';
