import { createHash } from 'node:crypto';

/** Metadata handed to the pipeline with an article's text. */
export interface RecordMeta {
  path: string;
  headline?: string;
  datePublished?: string;
  url?: string;
  lang?: string;
}

/** One article read from an input, or the reason it could not be read. */
export type ArticleRecord =
  | {
      ok: true; key: string; file: string; outRel: string; text: string; meta: RecordMeta; sha256: string;
      /** With `raw`: the bytes of a single-article file, to decode where the document is processed (`text` is empty). */
      bytes?: Uint8Array;
      format?: 'text' | 'html';
    }
  | { ok: false; key: string; file: string; reason: string; ruleId: string; place?: string };

/** How records are read. */
export interface ReadOptions {
  /** JSON field holding the text (default: `text`, else `articleBody`, `body`, `content`). */
  textKey?: string;
  /** JSON field holding the record id used in output names (default: `id`, else the line number). */
  idKey?: string;
  /** Largest file (or JSONL line) read, in bytes. */
  maxBytes: number;
  /** Whether this run takes the record with this key (sharding); records not taken are not yielded. */
  accept?: (key: string) => boolean;
  /** Leave single-article files undecoded (`bytes` and `format`): a worker decodes them, not the main thread. */
  raw?: boolean;
  /** Standard input, replaceable in tests. */
  stdin?: NodeJS.ReadableStream;
}

/** The output name of an input: its relative path without the extension. */
export function withoutExtension(rel: string): string {
  return rel.replace(/\.[^./]*$/, '');
}

/** The sha256 of an input's bytes or of a record's text and metadata, hex: the manifest's content key. */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
