import type { Span } from './types.js';

/** Line and column (1-based) of a UTF-16 offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Formats a span as unified/vfile do: `1:8-1:16`. */
export function formatPlace(text: string, span: Span): string {
  const a = lineColumn(text, span.start);
  const b = lineColumn(text, span.end);
  return `${a.line}:${a.column}-${b.line}:${b.column}`;
}

/**
 * Converts UTF-16 offsets to Unicode code point offsets (RFC 5147 / NIF count code points).
 * Returns a function; building the table once keeps conversion O(1) per offset.
 */
export function codePointIndexer(text: string): (utf16: number) => number {
  // Without surrogate pairs every code unit is a code point: no table (most German text).
  if (!hasHighSurrogate(text)) {
    const length = text.length;
    return (utf16) => (Number.isInteger(utf16) && utf16 >= 0 && utf16 <= length ? utf16 : (undefined as unknown as number));
  }
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it once, at the low surrogate's end.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        table[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  table[text.length] = cp;
  return (utf16) => table[utf16];
}

/** True when the text holds a high surrogate (the first half of a code point beyond U+FFFF). */
function hasHighSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) return true;
  }
  return false;
}

/** True when span `a` lies inside span `b`. */
export function within(a: Span, b: Span): boolean {
  return a.start >= b.start && a.end <= b.end;
}

/** True when two spans overlap. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Index of the first span starting at or after `offset` in spans ordered by start (tokens are: see
 * invariants.ts), or `spans.length`. A binary search, for look-ups from offsets to tokens.
 */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A look-up of the first span in `spans` (sentences) that holds a given span, as `spans.find(...)` has it. When
 * the spans are ordered and do not overlap (as the tokenizer makes sentences), at most one holds a non-empty span
 * and a binary search finds it; otherwise every look-up is the linear `find`.
 */
export function spanFinder<T extends Span>(spans: readonly T[]): (span: Span) => T | undefined {
  let ordered = true;
  for (let i = 0; i < spans.length && ordered; i++) ordered = spans[i].start <= spans[i].end && (i === 0 || spans[i].start >= spans[i - 1].end);
  const linear = (span: Span) => spans.find((s) => span.start >= s.start && span.end <= s.end);
  if (!ordered) return linear;
  return (span) => {
    if (span.end <= span.start) return linear(span);
    const k = firstStartingAt(spans, span.start + 1) - 1;
    const s = spans[k];
    return s !== undefined && span.start >= s.start && span.end <= s.end ? s : undefined;
  };
}
