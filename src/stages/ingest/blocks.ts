import type { Sentence, Span } from '../../document/types.js';

/** A block of the article: a headline, caption, heading or paragraph, as a span of the text. */
export type Block = Span & { block: Sentence['block'] };

const CAPTION = /\((?:Archivbild|Archivfoto|Symbolbild|Foto|Bild|Illustration)[^)]*\)\s*$|^(?:Foto|Bild):/;
const FINAL_PUNCTUATION = /[.!?:;…“”"»«)\]]\s*$/;

/** Splits `text[from..]` into line blocks, joins wrapped lines, and classifies each block. */
export function findBlocks(text: string, from: number): Block[] {
  const lines: Span[] = [];
  const linePattern = /[^\n]+/g;
  linePattern.lastIndex = from;
  for (let m = linePattern.exec(text); m; m = linePattern.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  const joined: Span[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    const gap = previous ? text.slice(previous.end, line.start) : '';
    // A wrapped line: single line break, previous line not finished, this one starts lower case.
    if (previous && !gap.includes('\n\n') && !FINAL_PUNCTUATION.test(text.slice(previous.start, previous.end)) && /^\p{Ll}/u.test(text.slice(line.start))) {
      previous.end = line.end;
    } else joined.push({ ...line });
  }
  return joined.map((span, i) => ({ ...span, block: classify(text.slice(span.start, span.end), i) }));
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
