import { createRequire } from 'node:module';
import iconv from 'iconv-lite';

type Chardet = { detect(buffer: Uint8Array): string | null };
let chardetModule: Chardet | undefined;

/** chardet, loaded on first use: most files are UTF-8 and never need it, and loading it slows every start. */
function chardet(): Chardet {
  chardetModule ??= createRequire(import.meta.url)('chardet') as Chardet;
  return chardetModule;
}

/** Why a file could not be turned into text, with a `line:col` place when known. */
export class InputError extends Error {
  constructor(
    reason: string,
    readonly place?: string,
    readonly ruleId = 'bad-input',
  ) {
    super(reason);
  }
}

/** Decoded text and the encoding it was read in. */
export interface Decoded {
  text: string;
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes file bytes to text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (or without one when chardet is
 * sure), and Windows-1252 for 8-bit text without a single valid UTF-8 multi-byte sequence. A file that has valid
 * UTF-8 sequences and also invalid ones is invalid UTF-8, reported with its place rather than guessed at.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('empty file', undefined, 'empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checkText(decodeUtf8(bytes.subarray(3)), 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checkText(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checkText(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'utf-16be');
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    // NUL bytes: UTF-16 without a BOM (chardet recognises its pattern) or a binary file.
    const guess = chardet().detect(sample);
    if (guess === 'UTF-16LE' || guess === 'UTF-16BE') return checkText(iconv.decode(Buffer.from(bytes), guess.toLowerCase()), guess.toLowerCase());
    throw new InputError('binary file (contains NUL bytes), not text', undefined, 'binary');
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid < 0) return checkText(decodeUtf8(bytes), 'utf-8');
  if (hasUtf8MultiByte(bytes)) {
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, invalid));
    const lines = prefix.split('\n');
    throw new InputError(
      `invalid UTF-8: byte 0x${bytes[invalid].toString(16).padStart(2, '0')} at offset ${invalid}`,
      `${lines.length}:${lines[lines.length - 1].length + 1}`,
      'invalid-utf8',
    );
  }
  return checkText(iconv.decode(Buffer.from(bytes), legacyEncoding(bytes)), 'windows-1252');
}

/** The 8-bit encoding to read a non-UTF-8 file in: Windows-1252 (a superset of Latin-1's printable range). */
function legacyEncoding(bytes: Uint8Array): string {
  const guess = chardet().detect(bytes.subarray(0, 65536));
  // ISO-8859-15 differs from 1252 only in a few letters (€ at 0xA4); take it when chardet says so.
  return guess === 'ISO-8859-15' ? 'iso-8859-15' : 'windows-1252';
}

function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** Refuses decoded text that is empty or that looks like binary data (control characters). */
function checkText(text: string, encoding: string): Decoded {
  if (text.trim() === '') throw new InputError('empty file (no text)', undefined, 'empty');
  let controls = 0;
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) controls++;
  }
  if (controls > n * 0.05) throw new InputError('binary file (control characters), not text', undefined, 'binary');
  return { text, encoding };
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= b.length) return i;
    let cp = c & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** True when the bytes hold at least one well-formed UTF-8 multi-byte sequence. */
function hasUtf8MultiByte(b: Uint8Array): boolean {
  for (let i = 0; i + 1 < b.length; i++) {
    const c = b[i];
    if (c >= 0xc2 && c <= 0xdf && (b[i + 1] & 0xc0) === 0x80) return true;
    if (c >= 0xe0 && c <= 0xef && i + 2 < b.length && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80) return true;
  }
  return false;
}
