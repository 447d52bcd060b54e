import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { decodeBytes, InputError } from './decode.js';
import { describeFsError, type WalkItem } from './walk.js';

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
  | { ok: true; key: string; file: string; outRel: string; text: string; meta: RecordMeta; sha256: string }
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
  /** Standard input, replaceable in tests. */
  stdin?: NodeJS.ReadableStream;
}

/** The output name of an input: its relative path without the extension. */
export function withoutExtension(rel: string): string {
  return rel.replace(/\.[^./]*$/, '');
}

/** True when a file is read as JSON Lines (one article per line) rather than as one article. */
export function isRecordFile(rel: string): boolean {
  return /\.(jsonl|ndjson|json)$/i.test(rel);
}

/**
 * Reads the articles of one walked input: one for text, Markdown and HTML files and for standard input, one per
 * line for JSONL (streamed, so files of any length work), one per object for JSON. Problems become failed records
 * with a place where known; a bad JSONL line fails alone.
 */
export async function* readRecords(item: WalkItem, options: ReadOptions): AsyncGenerator<ArticleRecord> {
  const accept = options.accept ?? (() => true);
  if (item.kind === 'error') {
    // A problem with a path (a symlink loop, an unreadable folder) is reported by the one shard it falls to.
    if (accept(item.rel)) yield { ok: false, key: item.rel, file: item.path, reason: item.reason, ruleId: item.ruleId };
    return;
  }
  const lower = item.rel.toLowerCase();
  if (item.kind === 'file' && /\.(jsonl|ndjson)$/.test(lower)) {
    yield* readJsonLines(item.path, item.rel, options, accept);
    return;
  }
  if (!accept(item.rel) && !lower.endsWith('.json')) return;
  const fail = (error: unknown): ArticleRecord => {
    const e = error instanceof InputError ? { reason: error.message, ruleId: error.ruleId, place: error.place } : describeFsError(error);
    return { ok: false, key: item.rel, file: item.path, ...e };
  };
  let bytes: Buffer;
  try {
    if (item.kind === 'file' && item.size > options.maxBytes) {
      throw new InputError(`file of ${item.size} bytes is over the limit of ${options.maxBytes} (--max-bytes)`, undefined, 'too-large');
    }
    bytes = item.kind === 'stdin' ? await readAll(options.stdin ?? process.stdin, options.maxBytes) : await readFile(item.path);
    if (bytes.length > options.maxBytes) throw new InputError(`input of ${bytes.length} bytes is over the limit of ${options.maxBytes} (--max-bytes)`, undefined, 'too-large');
  } catch (error) {
    yield fail(error);
    return;
  }
  const sha256 = hash(bytes);
  const base = { key: item.rel, file: item.path, outRel: withoutExtension(item.rel), sha256 };
  try {
    const { text } = decodeBytes(bytes);
    if (lower.endsWith('.json')) {
      yield* jsonRecords(text, item.rel, item.path, options, accept);
    } else if (/\.(html?|xhtml)$/.test(lower)) {
      // Loaded on first use: the HTML libraries take a noticeable part of start-up, and most runs have no HTML.
      const { extractHtml } = await import('./html.js');
      const page = extractHtml(text);
      const { text: body, ...meta } = page;
      yield { ok: true, ...base, text: body, meta: { path: item.rel, ...meta } };
    } else {
      yield { ok: true, ...base, text, meta: { path: item.rel } };
    }
  } catch (error) {
    yield fail(error);
  }
}

async function* readJsonLines(path: string, rel: string, options: ReadOptions, accept: (key: string) => boolean): AsyncGenerator<ArticleRecord> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (let line of lines) {
      lineNo++;
      if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      if (!line.trim()) continue;
      const fallbackId = String(lineNo);
      const record = parseRecord(line, rel, path, fallbackId, lineNo, options);
      if (accept(record.key)) yield record;
    }
  } catch (error) {
    yield { ok: false, key: rel, file: path, ...describeFsError(error) };
  } finally {
    stream.destroy();
  }
  if (lineNo === 0) yield { ok: false, key: rel, file: path, reason: 'empty file', ruleId: 'empty' };
}

function* jsonRecords(text: string, rel: string, path: string, options: ReadOptions, accept: (key: string) => boolean): Generator<ArticleRecord> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (accept(rel)) yield { ok: false, key: rel, file: path, reason: `invalid JSON: ${(error as Error).message}`, ruleId: 'invalid-json', place: jsonErrorPlace(text, error) };
    return;
  }
  if (!Array.isArray(value)) {
    if (!accept(rel)) return;
    const record = fromObject(value, rel, path, withoutExtension(rel), rel, undefined, options);
    // A JSON file that is no article at all (a config, gold annotations) is passed over, not failed.
    yield !record.ok && record.ruleId === 'no-text' ? { ...record, reason: `not an article: ${record.reason}`, ruleId: 'not-article' } : record;
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const id = idOf(value[i], options) ?? String(i + 1);
    const record = fromObject(value[i], rel, path, `${withoutExtension(rel)}/${id}`, `${rel}#${id}`, undefined, options);
    if (accept(record.key)) yield record;
  }
}

function parseRecord(line: string, rel: string, path: string, fallbackId: string, lineNo: number, options: ReadOptions): ArticleRecord {
  const bytes = Buffer.byteLength(line);
  if (bytes > options.maxBytes) {
    return { ok: false, key: `${rel}#${fallbackId}`, file: path, reason: `line of ${bytes} bytes is over the limit of ${options.maxBytes} (--max-bytes)`, ruleId: 'too-large', place: `${lineNo}:1` };
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const place = jsonErrorPlace(line, error);
    return { ok: false, key: `${rel}#${fallbackId}`, file: path, reason: `invalid JSON on line ${lineNo}: ${(error as Error).message}`, ruleId: 'invalid-json', place: `${lineNo}:${place?.split(':')[1] ?? 1}` };
  }
  const id = idOf(value, options) ?? fallbackId;
  return fromObject(value, rel, path, `${withoutExtension(rel)}/${id}`, `${rel}#${id}`, lineNo, options);
}

function fromObject(value: unknown, rel: string, path: string, outRel: string, key: string, lineNo: number | undefined, options: ReadOptions): ArticleRecord {
  const place = lineNo === undefined ? undefined : `${lineNo}:1`;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, key, file: path, reason: 'expected a JSON object per article', ruleId: 'invalid-record', place };
  }
  const obj = value as Record<string, unknown>;
  const keys = options.textKey ? [options.textKey] : ['text', 'articleBody', 'body', 'content'];
  const text = keys.map((k) => obj[k]).find((v): v is string => typeof v === 'string');
  if (text === undefined) return { ok: false, key, file: path, reason: `no text field "${keys.join('", "')}" in the record`, ruleId: 'no-text', place };
  if (!text.trim()) return { ok: false, key, file: path, reason: 'empty text', ruleId: 'empty', place };
  const meta: RecordMeta = { path: key };
  const pick = (...names: string[]) => names.map((n) => obj[n]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
  const headline = pick('headline', 'title');
  const datePublished = pick('datePublished', 'date', 'published');
  const url = pick('url', 'link');
  const lang = pick('lang', 'language', 'inLanguage');
  if (headline) meta.headline = headline;
  if (datePublished) meta.datePublished = datePublished;
  if (url) meta.url = url;
  if (lang) meta.lang = lang.slice(0, 2).toLowerCase();
  return { ok: true, key, file: path, outRel, text, meta, sha256: hash(JSON.stringify([text, meta])) };
}

function idOf(value: unknown, options: ReadOptions): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const id = (value as Record<string, unknown>)[options.idKey ?? 'id'];
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** `line:col` of a JSON.parse error, from the position Node reports. */
function jsonErrorPlace(text: string, error: unknown): string | undefined {
  const match = /position (\d+)/.exec((error as Error).message);
  if (!match) return undefined;
  const before = text.slice(0, Number(match[1])).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

function hash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

async function readAll(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) throw new InputError(`standard input is over the limit of ${maxBytes} bytes (--max-bytes)`, undefined, 'too-large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
