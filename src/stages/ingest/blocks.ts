import type { Sentence, Span } from '../../document/types.js';

/** A block of the article: a headline, caption, heading or paragraph, as a span of the text. */
export type Block = Span & { block: Sentence['block'] };

const CAPTION = /\((?:Archivbild|Archivfoto|Symbolbild|Foto|Bild|Illustration)[^)]*\)\s*$|^(?:Foto|Bild):/;
const FINAL_PUNCTUATION = /[.!?:;…“”"»«)\]]\s*$/;

/** Characters that end a sentence or a quote, as FINAL_PUNCTUATION's class. */
const FINAL_CHARS = new Set('.!?:;…“”"»«)]');

/** True when the span ends (before trailing white space) with FINAL_PUNCTUATION's class, without slicing. */
function endsFinal(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isSpace(text.charCodeAt(i))) i--;
  return i >= start && FINAL_CHARS.has(text[i]);
}

/** A lower-case letter at the position (sticky: tested where lastIndex says, no slice). */
const LOWER_AT = /\p{Ll}/uy;

/**
 * Splits `text[from..]` into line blocks, joins wrapped lines, and classifies each block. Lines are found by
 * scanning, not by a regular expression and trimmed copies: this runs on every document.
 */
export function findBlocks(text: string, from: number): Block[] {
  const joined: Span[] = [];
  for (let at = from; at < text.length; ) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    let start = at;
    let end = next;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    at = next + 1;
    if (start === end) continue;
    const previous = joined[joined.length - 1];
    // A wrapped line: single line break, previous line not finished, this one starts lower case.
    if (previous && !hasBlankLine(text, previous.end, start) && !endsFinal(text, previous.start, previous.end) && lowerAt(text, start)) {
      previous.end = end;
    } else joined.push({ start, end });
  }
  return joined.map((span, i) => ({ start: span.start, end: span.end, block: classify(text.slice(span.start, span.end), i) }));
}

/** True when `text[from..to]` holds two line breaks in a row. */
function hasBlankLine(text: string, from: number, to: number): boolean {
  const k = text.indexOf('\n\n', from);
  return k >= 0 && k + 2 <= to;
}

function lowerAt(text: string, i: number): boolean {
  LOWER_AT.lastIndex = i;
  return LOWER_AT.test(text);
}

function classify(blockText: string, index: number): Sentence['block'] {
  if (index === 0) return 'headline';
  if (CAPTION.test(blockText)) return 'caption';
  if (!moreWordsThan(blockText, 8) && !FINAL_PUNCTUATION.test(blockText)) return 'heading';
  return 'body';
}

/** A code unit of `\s` (white space and line terminators). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * True when `text.split(/\s+/)` has more than `n` pieces (runs of white space plus one), counted only up to
 * there: paragraphs are long, and a heading has at most eight words.
 */
export function moreWordsThan(text: string, n: number): boolean {
  let pieces = 1;
  if (pieces > n) return true;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) i++;
    if (++pieces > n) return true;
  }
  return false;
}

const DATELINE = /^(\p{Lu}[\p{L}.' -]{1,40}?)(?:\s*\/\s*\p{Lu}[\p{L}.' -]{1,30}?)?(?:\s*\([^)\n]{1,30}\))?\s+[-–—]\s+/u;

/** The place of a dateline at the start of a block (`Peking - `, `Paris (dpa) - `), with its span. */
export function findDateline(text: string, block: Span): (Span & { place: string }) | undefined {
  const match = DATELINE.exec(text.slice(block.start, block.end));
  if (!match) return undefined;
  return { start: block.start, end: block.start + match[1].length, place: match[1].trim() };
}
