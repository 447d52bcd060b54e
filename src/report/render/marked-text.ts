import type { VNode } from 'preact';

/** A span of the text to mark, in UTF-16 offsets. */
export interface Span {
  start: number;
  stop: number;
}

/**
 * The text between `from` and `to` with the spans inside it replaced by what `mark` makes of them. `spans` are
 * sorted by start; a span that overlaps one already marked is passed to `skipped` instead (none in faktum's output,
 * where mentions never overlap, but a report must not garble the text if one did).
 */
export function markedText<S extends Span>(
  text: string,
  from: number,
  to: number,
  spans: readonly S[],
  mark: (span: S) => VNode,
  skipped: (span: S) => void = () => {},
): Array<string | VNode> {
  const out: Array<string | VNode> = [];
  let cursor = from;
  for (const span of spans) {
    if (span.start < from || span.stop > to) continue;
    if (span.start < cursor || span.stop <= span.start) {
      skipped(span);
      continue;
    }
    if (span.start > cursor) out.push(text.slice(cursor, span.start));
    out.push(mark(span));
    cursor = span.stop;
  }
  if (cursor < to) out.push(text.slice(cursor, to));
  return out;
}
