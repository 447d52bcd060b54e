import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from './decode.js';
import { contentHash, withoutExtension, type ArticleRecord, type ReadOptions, type RecordMeta } from './record-types.js';
import { describeFsError } from './walk.js';

/**
 * Records of a JSON Lines file, streamed: one per line; a bad line fails alone, with its line number. `fsPath` is
 * what the file system is asked for (the bytes of a name that is not UTF-8), `path` the file as reported (default:
 * `fsPath`), `outName` the name outputs are named from (default: `rel`).
 */
export async function* readJsonLines(fsPath: string | Buffer, rel: string, options: ReadOptions, accept: (key: string) => boolean, path = String(fsPath), outName = rel): AsyncGenerator<ArticleRecord> {
  const stream = createReadStream(fsPath, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (let line of lines) {
      lineNo++;
      if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      if (!line.trim()) continue;
      const fallbackId = String(lineNo);
      const record = parseRecord(line, rel, path, fallbackId, lineNo, options, outName);
      if (accept(record.key)) yield record;
    }
  } catch (error) {
    yield { ok: false, key: rel, file: path, ...describeFsError(error, typeof fsPath === 'string' ? undefined : path) };
  } finally {
    stream.destroy();
  }
  if (lineNo === 0) yield { ok: false, key: rel, file: path, reason: 'empty file', ruleId: 'empty' };
}

/** Records of a JSON file: one object, or one per element of an array; outputs named from `outName` (default `rel`). */
export function* jsonRecords(text: string, rel: string, path: string, options: ReadOptions, accept: (key: string) => boolean, outName = rel): Generator<ArticleRecord> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (accept(rel)) yield { ok: false, key: rel, file: path, reason: `invalid JSON: ${(error as Error).message}`, ruleId: 'invalid-json', place: jsonErrorPlace(text, error) };
    return;
  }
  if (!Array.isArray(value)) {
    if (!accept(rel)) return;
    const record = fromObject(value, rel, path, withoutExtension(outName), rel, undefined, options);
    // A JSON file that is no article at all (a config, gold annotations) is passed over, not failed.
    yield !record.ok && record.ruleId === 'no-text' ? { ...record, reason: `not an article: ${record.reason}`, ruleId: 'not-article' } : record;
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const id = idOf(value[i], options) ?? String(i + 1);
    const record = fromObject(value[i], rel, path, `${withoutExtension(outName)}/${id}`, `${rel}#${id}`, undefined, options);
    if (accept(record.key)) yield record;
  }
}

function parseRecord(line: string, rel: string, path: string, fallbackId: string, lineNo: number, options: ReadOptions, outName: string): ArticleRecord {
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
  return fromObject(value, rel, path, `${withoutExtension(outName)}/${id}`, `${rel}#${id}`, lineNo, options);
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
  return { ok: true, key, file: path, outRel, text, meta, sha256: contentHash(JSON.stringify([text, meta])) };
}

function idOf(value: unknown, options: ReadOptions): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const id = (value as Record<string, unknown>)[options.idKey ?? 'id'];
  // An empty or blank id would name a hidden file (`feed/.jsonld`): the record is then named by its position.
  return (typeof id === 'string' && id.trim() !== '') || typeof id === 'number' ? String(id) : undefined;
}

/** `line:col` of a JSON.parse error, from the position Node reports. */
function jsonErrorPlace(text: string, error: unknown): string | undefined {
  const match = /position (\d+)/.exec((error as Error).message);
  if (!match) return undefined;
  const before = text.slice(0, Number(match[1])).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}
