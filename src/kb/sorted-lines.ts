import { lineStarts } from './line-index.js';

/**
 * A UTF-8 text of lines sorted by their first tab-separated field (in byte order), searched in place: line starts
 * are found once (memchr speed), then a binary search within the lines that share the key's first two bytes
 * compares bytes without making strings. For the compiled link tables, whose hundred thousand lines a process
 * mostly never reads.
 */
export class SortedLines {
  /** Line starts, then the text's length (n + 1 offsets). */
  private bounds: Uint32Array | undefined;
  /** First two bytes of a key -> the range of lines whose keys start so. */
  private readonly buckets = new Map<number, [number, number]>();
  private readonly buf: Buffer;

  /**
   * `skipHeader`: a first line starting with `#` is not one of the lines. `bounds`: the line starts and the text's
   * length when known (a compiled table's `lines.idx`, see line-index.ts); else they are found on first use.
   */
  constructor(text: string | Buffer, private readonly skipHeader = false, bounds?: Uint32Array) {
    this.buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    this.bounds = bounds;
  }

  /** The first two bytes at `at` as one number (a tab, newline or the end as 0: `a<TAB>` sorts before `ab`). */
  private pairAt(buf: Uint8Array, at: number, end: number): number {
    const second = at + 1 < end ? buf[at + 1] : 0;
    return buf[at] * 256 + (second === 9 || second === 10 ? 0 : second);
  }

  /** The line bounds (found on first use unless given), with the buckets. */
  private lineBounds(): Uint32Array {
    if (this.bounds && this.buckets.size) return this.bounds;
    const { buf } = this;
    if (!this.bounds) {
      const newline = buf.indexOf(10);
      const from = this.skipHeader && buf[0] === 35 ? (newline < 0 ? buf.length : newline + 1) : 0;
      this.bounds = lineStarts(buf, from);
    }
    const bounds = this.bounds;
    for (let i = 0; i + 1 < bounds.length; i++) {
      const pair = this.pairAt(buf, bounds[i], buf.length);
      const bucket = this.buckets.get(pair);
      if (bucket) bucket[1] = i + 1;
      else this.buckets.set(pair, [i, i + 1]);
    }
    return bounds;
  }

  /** Number of lines. */
  get length(): number {
    return this.lineBounds().length - 1;
  }

  /** The start of line `i`. */
  private lineStart(i: number): number {
    return this.lineBounds()[i];
  }

  /** The end (exclusive, before the newline) of line `i`. */
  private lineEnd(i: number): number {
    const end = this.lineBounds()[i + 1];
    return this.buf[end - 1] === 10 ? end - 1 : end;
  }

  /** Line `i` without its newline. */
  line(i: number): string {
    return this.buf.toString('utf8', this.lineStart(i), this.lineEnd(i));
  }

  /** The header line (without `#` and the space after it), or ''. */
  header(): string {
    const end = this.buf.indexOf(10);
    return this.buf[0] === 35 ? this.buf.toString('utf8', 2, end < 0 ? this.buf.length : end) : '';
  }

  /** The index of the line whose key is `key`, or -1. */
  find(key: string): number {
    const starts = this.lineBounds();
    const k = Buffer.from(key, 'utf8');
    if (k.length === 0) return -1;
    const range = this.buckets.get(this.pairAt(k, 0, k.length));
    if (!range) return -1;
    let lo = range[0];
    let hi = range[1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = starts[mid];
      const end = this.lineEnd(mid);
      const tab = this.buf.indexOf(9, start);
      const cmp = this.buf.compare(k, 0, k.length, start, tab >= 0 && tab < end ? tab : end);
      if (cmp === 0) return mid;
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** Byte order of two strings as UTF-8 (the order of {@link SortedLines}), for sorting what it will search. */
export function byUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** FNV-1a over the UTF-16 code units of a string, as an unsigned 32-bit number. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The sorted hashes of a table's keys (`keys.hash`, little-endian uint32): a key whose hash is not among them is in
 * no line, told by a binary search over numbers without touching the text. Most names of an article are in no
 * table, so most look-ups end here.
 */
export class KeyHashes {
  private readonly hashes: Uint32Array;

  constructor(bytes: Uint8Array) {
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    this.hashes = new Uint32Array(copy.buffer, 0, copy.byteLength >> 2);
  }

  /** False when no key has this key's hash (then the key is surely absent). */
  mayHave(key: string): boolean {
    const h = keyHash(key);
    const a = this.hashes;
    let lo = 0;
    let hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid] === h) return true;
      if (a[mid] < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** The bytes of the hashes of these keys, sorted, for {@link KeyHashes}. */
  static bytesOf(keys: readonly string[]): Uint8Array {
    const hashes = Uint32Array.from(new Set(keys.map(keyHash))).sort();
    return new Uint8Array(hashes.buffer);
  }
}
