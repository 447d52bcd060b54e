/** A token with `[start, end)` offsets into its text. */
export interface OffsetToken {
  text: string;
  start: number;
  end: number;
}

// Words keep inner hyphens, apostrophes, dots and commas between letters or digits (`Nvidia-Chef`, `12.04.2016`,
// `4,5`), as GermEval's tokenisation does; everything else is a one-character token.
const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'.,&/][\p{L}\p{N}]+)*|\S/gu;

/** Splits raw text into GermEval-like tokens with offsets (used for corpora that ship only character spans). */
export function tokenizeWithOffsets(text: string): OffsetToken[] {
  const out: OffsetToken[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * Splits tokens into sentences: after `.`, `!` or `?` followed by a capitalised word or a quote, at line breaks
 * (headlines), and at most `maxLength` tokens.
 */
export function splitSentences(text: string, tokens: OffsetToken[], maxLength = 80): OffsetToken[][] {
  const sentences: OffsetToken[][] = [];
  let cur: OffsetToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    cur.push(t);
    const next = tokens[i + 1];
    const lineBreak = next !== undefined && text.slice(t.end, next.start).includes('\n');
    const stop = /^[.!?]$/.test(t.text) && (next === undefined || /^[\p{Lu}„"»]/u.test(next.text));
    if (lineBreak || stop || cur.length >= maxLength) {
      sentences.push(cur);
      cur = [];
    }
  }
  if (cur.length) sentences.push(cur);
  return sentences;
}
