import { readFile } from 'node:fs/promises';
import { decodeBytes, InputError } from './decode.js';
import { docText } from './doc-text.js';
import { describeFsError, type WalkItem } from './walk.js';
import { jsonRecords, readJsonLines } from './json-records.js';
import { contentHash, withoutExtension, type ArticleRecord, type ReadOptions } from './record-types.js';

export { withoutExtension } from './record-types.js';
export type { ArticleRecord, ReadOptions, RecordMeta } from './record-types.js';

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
  // A name that is not UTF-8 is read by its bytes, its output named from the name decoded as Latin-1 (walk.ts).
  const fsPath = (item.kind === 'file' && item.raw) || item.path;
  const outName = (item.kind === 'file' && item.outName) || item.rel;
  if (item.kind === 'file' && /\.(jsonl|ndjson)$/.test(lower)) {
    yield* readJsonLines(fsPath, item.rel, options, accept, item.path, outName);
    return;
  }
  if (!accept(item.rel) && !lower.endsWith('.json')) return;
  const fail = (error: unknown): ArticleRecord => {
    const e = error instanceof InputError ? { reason: error.message, ruleId: error.ruleId, place: error.place } : describeFsError(error, item.kind === 'file' && item.raw ? item.path : undefined);
    return { ok: false, key: item.rel, file: item.path, ...e };
  };
  let bytes: Buffer;
  try {
    if (item.kind === 'file' && item.size > options.maxBytes) {
      throw new InputError(`file of ${item.size} bytes is over the limit of ${options.maxBytes} (--max-bytes)`, undefined, 'too-large');
    }
    bytes = item.kind === 'stdin' ? await readAll(options.stdin ?? process.stdin, options.maxBytes) : await readFile(fsPath);
    if (bytes.length > options.maxBytes) throw new InputError(`input of ${bytes.length} bytes is over the limit of ${options.maxBytes} (--max-bytes)`, undefined, 'too-large');
  } catch (error) {
    yield fail(error);
    return;
  }
  const sha256 = contentHash(bytes);
  const base = { key: item.rel, file: item.path, outRel: withoutExtension(outName), sha256 };
  if (!lower.endsWith('.json')) {
    const raw = { bytes, format: /\.(html?|xhtml)$/.test(lower) ? ('html' as const) : ('text' as const), meta: { path: item.rel } };
    if (options.raw) {
      yield { ok: true, ...base, text: '', ...raw };
      return;
    }
    // Decoded here as a worker decodes a raw record (run-docs.ts): one way to read a text or HTML article.
    let read: Awaited<ReturnType<typeof docText>>;
    try {
      read = await docText(raw);
    } catch (error) {
      yield fail(error);
      return;
    }
    if ('kind' in read) yield { ok: false, key: item.rel, file: item.path, reason: read.reason, ruleId: read.ruleId, place: read.place };
    else yield { ok: true, ...base, ...read };
    return;
  }
  try {
    yield* jsonRecords(decodeBytes(bytes).text, item.rel, item.path, options, accept, outName);
  } catch (error) {
    yield fail(error);
  }
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
