/**
 * Chunk boundaries exactly as conlleval.pl (CoNLL-2000, version 2004-01-26) decides them, so that BIO, IOB1
 * (`I-X` after `O` or after another type starts a chunk), IOE and bracket tags score as the reference script does.
 */

/** A tag split at its first hyphen: `B-ORGpart` -> `{ tag: 'B', type: 'ORGpart' }`; `O` -> `{ tag: 'O', type: '' }`. */
export interface SplitTag {
  tag: string;
  type: string;
}

/** Splits a tag like conlleval (`/^([^-]*)-(.*)$/`, so types may contain hyphens). */
export function splitTag(label: string): SplitTag {
  const dash = label.indexOf('-');
  return dash < 0 ? { tag: label, type: '' } : { tag: label.slice(0, dash), type: label.slice(dash + 1) };
}

/** True when a chunk ended between the previous and the current token (conlleval's `endOfChunk`). */
export function endOfChunk(prev: SplitTag, cur: SplitTag): boolean {
  const p = prev.tag;
  const t = cur.tag;
  if (p === 'B' && (t === 'B' || t === 'O')) return true;
  if (p === 'I' && (t === 'B' || t === 'O')) return true;
  if (p === 'E' && (t === 'E' || t === 'I' || t === 'O')) return true;
  if (p !== 'O' && p !== '.' && prev.type !== cur.type) return true;
  return p === ']' || p === '[';
}

/** True when a chunk started between the previous and the current token (conlleval's `startOfChunk`). */
export function startOfChunk(prev: SplitTag, cur: SplitTag): boolean {
  const p = prev.tag;
  const t = cur.tag;
  if ((p === 'B' || p === 'I' || p === 'O') && t === 'B') return true;
  if (p === 'O' && (t === 'I' || t === 'E')) return true;
  if (p === 'E' && (t === 'E' || t === 'I')) return true;
  if (t !== 'O' && t !== '.' && prev.type !== cur.type) return true;
  return t === '[' || t === ']';
}

/** A chunk: tokens `[start, end)` of one sentence, with its type. */
export interface Chunk {
  start: number;
  end: number;
  type: string;
}

const OUTSIDE: SplitTag = { tag: 'O', type: '' };

/** The chunks of one tag sequence (a sentence boundary ends every chunk, as in conlleval). */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let prev = OUTSIDE;
  let open: Chunk | undefined;
  tags.forEach((label, i) => {
    const cur = splitTag(label);
    if (open && endOfChunk(prev, cur)) {
      open.end = i;
      chunks.push(open);
      open = undefined;
    }
    if (startOfChunk(prev, cur)) open = { start: i, end: -1, type: cur.type };
    prev = cur;
  });
  if (open) {
    open.end = tags.length;
    chunks.push(open);
  }
  return chunks;
}
