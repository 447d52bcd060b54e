import { detectLanguage } from './lang.js';
import type { RecordMeta } from './record-types.js';

/** How the documents of a run find their pipeline: by language, `--lang` forcing one, `fallback` for `und`. */
export interface Routing {
  routes: Array<[lang: string, pipeline: string]>;
  fallback: string;
  /** `--lang`: the language of every input, not detected. */
  lang?: string;
}

/**
 * One document of a worker task: the bytes of a single-article file (decoded in the worker) or the text of a JSON
 * or JSONL record, and where its output goes.
 */
export interface DocItem {
  key: string;
  file: string;
  /** Output path, absolute and relative to the output folder. */
  abs: string;
  rel: string;
  bytes?: Uint8Array;
  /** How to read `bytes`: as plain text (text, Markdown) or as an HTML page. */
  format?: 'text' | 'html';
  text?: string;
  meta: RecordMeta;
}

/** What became of one document in a worker. `nq` locates its N-Quads in the task's segment file (bytes). */
export type DocOutcome =
  | { kind: 'written'; pipeline: string; fingerprint: string; nq: [offset: number, length: number]; segment?: string }
  | { kind: 'language'; lang: string }
  | { kind: 'failed'; reason: string; ruleId: string; place?: string };

/**
 * The pipeline for a document, or the language that has none: `--lang` when given, else the detected language,
 * else the language its record names, else the fallback pipeline.
 */
export function routeOf(text: string, meta: RecordMeta, routing: Routing): { pipeline: string; lang?: string } | { pipeline?: undefined; lang: string } {
  let lang = routing.lang;
  if (!lang) {
    const detected = detectLanguage(text).lang;
    lang = detected === 'und' ? (meta.lang ?? 'und') : detected;
  }
  if (lang === 'und') return { pipeline: routing.fallback };
  const pipeline = routing.routes.find(([routed]) => routed === lang)?.[1];
  return pipeline ? { pipeline, lang } : { lang };
}
