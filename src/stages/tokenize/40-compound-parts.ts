import type { Span } from '../../document/types.js';

/** The parts of a hyphen compound (`Nvidia-Chef` -> `Nvidia`, `Chef`), or undefined for a plain word. */
export function compoundParts(text: string, token: Span): Span[] | undefined {
  if (!hasHyphen(text, token)) return undefined;
  const word = text.slice(token.start, token.end);
  if (!/\p{L}/u.test(word) || !/.[-\u2010\u2011]./u.test(word)) return undefined;
  const parts: Span[] = [];
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    if (!isHyphen(word.charCodeAt(i))) continue;
    if (i > from) parts.push({ start: token.start + from, end: token.start + i });
    from = i + 1;
  }
  if (from < word.length) parts.push({ start: token.start + from, end: token.end });
  return parts.length > 1 ? parts : undefined;
}

/** `-`, U+2010 or U+2011. */
function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** True when the token holds a hyphen: words without one are no compounds. */
function hasHyphen(text: string, token: Span): boolean {
  for (let i = token.start; i < token.end; i++) if (isHyphen(text.charCodeAt(i))) return true;
  return false;
}
