/**
 * A fast path for the token pattern (patterns.ts): most tokens are plain words and numbers (`Siemens`, `Straße`,
 * `2025`) followed by a space or simple punctuation, and for them the pattern's answer follows from a few code units.
 */

/** True for an ASCII letter or digit, or a Latin-1 letter (`ä`, `ß`, `É`; not `×` or `÷`). */
function isPlainWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7;
}

/**
 * Where the token pattern's match at `i` ends, when that is certain without running it: a run of
 * {@link isPlainWordChar} followed by the end of the text or an ASCII character that continues no alternative of the
 * pattern (an e-mail address `_ . + - @`, a URL `:`, an inner period `.`, an apostrophe or hyphen `' -`, and after
 * a digit a decimal comma `,`). Otherwise -1, and the caller runs the pattern.
 */
export function plainWordEnd(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (!isPlainWordChar(first)) return -1;
  let j = i + 1;
  while (j < text.length && isPlainWordChar(text.charCodeAt(j))) j++;
  if (j === text.length) return j;
  const n = text.charCodeAt(j);
  if (n >= 128 || n === 39 || n === 45 || n === 95 || n === 64 || n === 46 || n === 43 || n === 58) return -1;
  if (n === 44 && first >= 48 && first <= 57) return -1;
  return j;
}
