/**
 * The line index of a compiled link table (`data/kb/compiled/lines.idx`): where each line of its three texts starts,
 * found once when the table is compiled instead of by scanning 30 MB in every process. Little-endian uint32 words:
 * the magic `FKL1`, the line counts of the rows, keys and last words, then for each text its line starts and its
 * length (n + 1 offsets; the rows' first offset is after their `#` header line).
 */
export interface LineIndex {
  /** Row starts in the rows' text (`entries.<n>.jsonl` read as one), after the header, and the text's length. */
  entries: Uint32Array;
  /** Line starts of `keys.tsv` and its length. */
  keys: Uint32Array;
  /** Line starts of `last-words.tsv` and its length. */
  lastWords: Uint32Array;
}

const MAGIC = 0x314c4b46; // 'FKL1' read as a little-endian uint32

/** The start of every line of a UTF-8 text from `from` on, then the text's length (`n + 1` offsets). */
export function lineStarts(text: Uint8Array, from = 0): Uint32Array {
  let n = 0;
  for (let i = from; i < text.length; i++) if (text[i] === 10) n++;
  const ends = text.length > from && text[text.length - 1] !== 10 ? 1 : 0;
  const starts = new Uint32Array(n + ends + 1);
  let k = 0;
  if (text.length > from) starts[k++] = from;
  for (let i = from; i < text.length - 1; i++) if (text[i] === 10) starts[k++] = i + 1;
  starts[k] = text.length;
  return starts;
}

/** The index's bytes (see {@link LineIndex}). */
export function encodeLineIndex(index: LineIndex): Uint8Array {
  const parts = [index.entries, index.keys, index.lastWords];
  const words = new Uint32Array(4 + parts.reduce((n, p) => n + p.length, 0));
  words.set([MAGIC, ...parts.map((p) => p.length - 1)]);
  let at = 4;
  for (const p of parts) words.set(p, at), (at += p.length);
  return new Uint8Array(words.buffer);
}

/** The index in these bytes, or undefined when they are not one (another format, cut short). */
export function decodeLineIndex(bytes: Uint8Array): LineIndex | undefined {
  if (bytes.byteLength < 16 || bytes.byteLength % 4) return undefined;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const words = new Uint32Array(copy.buffer);
  const [magic, ...counts] = words.subarray(0, 4);
  if (magic !== MAGIC || words.length !== 4 + counts.reduce((n, c) => n + c + 1, 0)) return undefined;
  const arrays: Uint32Array[] = [];
  let at = 4;
  for (const c of counts) arrays.push(words.subarray(at, (at += c + 1)));
  const [entries, keys, lastWords] = arrays;
  return { entries, keys, lastWords };
}
