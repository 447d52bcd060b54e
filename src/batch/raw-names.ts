import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';

/**
 * A path as the walker holds it. On Linux a file name is bytes; a name that is not valid UTF-8 (a Latin-1
 * `M\xfcller.txt` from an old archive) cannot be held in a JavaScript string without loss, so such a path keeps its
 * bytes (`raw`, what the file system is asked for) beside two strings: `shown` (each byte that is no part of a valid
 * UTF-8 sequence as `\xNN`: readable, and the manifest key of the input) and `decoded` (those bytes read as Latin-1:
 * the output's name).
 */
export interface FsPath {
  shown: string;
  decoded: string;
  /** The path's bytes, only when a name in it is not valid UTF-8. */
  raw?: Buffer;
}

const fatal = new TextDecoder('utf-8', { fatal: true });

/** Length of the UTF-8 sequence a lead byte starts (0: no lead byte). */
function sequenceLength(byte: number): number {
  return byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
}

/** Calls `char` for each valid UTF-8 sequence of `bytes` and `stray` for each other byte, in order. */
function eachPart(bytes: Buffer, char: (text: string) => void, stray: (byte: number) => void): void {
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes[i]);
    let text: string | undefined;
    if (n && i + n <= bytes.length) {
      try {
        text = fatal.decode(bytes.subarray(i, i + n));
      } catch {
        text = undefined;
      }
    }
    if (text === undefined) {
      stray(bytes[i]);
      i++;
    } else {
      char(text);
      i += n;
    }
  }
}

/**
 * A name that is not valid UTF-8, readable: valid sequences as they are, every other byte and every backslash as
 * `\xNN` (so `M\xfcller.txt`). Only such names are escaped; a valid UTF-8 name is its own text.
 */
export function escapeName(bytes: Buffer): string {
  let out = '';
  const hex = (b: number) => `\\x${b.toString(16).padStart(2, '0')}`;
  eachPart(bytes, (text) => (out += text === '\\' ? hex(0x5c) : text), (b) => (out += hex(b)));
  return out;
}

/** A name that is not valid UTF-8 decoded for an output name: valid sequences as UTF-8, every other byte as Latin-1. */
export function latin1Name(bytes: Buffer): string {
  let out = '';
  eachPart(bytes, (text) => (out += text), (b) => (out += String.fromCharCode(b)));
  return out;
}

/** The path of a folder entry, from its folder's path and the entry's name as bytes. */
export function childPath(dir: FsPath, name: Buffer): FsPath {
  const valid = isUtf8(name);
  const text = valid ? name.toString('utf8') : escapeName(name);
  const child: FsPath = { shown: join(dir.shown, text), decoded: join(dir.decoded, valid ? text : latin1Name(name)) };
  // A doubled slash (after a root given as `corpus/`) is harmless in a path the file system is asked for.
  if (dir.raw || !valid) child.raw = Buffer.concat([dir.raw ?? Buffer.from(dir.shown), Buffer.from('/'), name]);
  return child;
}

/** What the file system is asked for: the bytes when a name is not UTF-8, else the text. */
export function fsPathOf(path: FsPath): string | Buffer {
  return path.raw ?? path.shown;
}

/** A path the file system gave back as bytes (a real path), shown as {@link escapeName} shows a name. */
export function showBytes(bytes: Buffer): string {
  return isUtf8(bytes) ? bytes.toString('utf8') : escapeName(bytes);
}
