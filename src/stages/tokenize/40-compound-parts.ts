import type { Span } from '../../document/types.js';

const HYPHEN = /[-\u2010\u2011]/g;

/** The parts of a hyphen compound (`Nvidia-Chef` -> `Nvidia`, `Chef`), or undefined for a plain word. */
export function compoundParts(text: string, token: Span): Span[] | undefined {
  if (!hasHyphen(text, token)) return undefined;
  const word = text.slice(token.start, token.end);
  if (!/\p{L}/u.test(word) || !/.[-\u2010\u2011]./u.test(word)) return undefined;
  const parts: Span[] = [];
  let from = 0;
  for (const m of word.matchAll(HYPHEN)) {
    if (m.index! > from) parts.push({ start: token.start + from, end: token.start + m.index! });
    from = m.index! + 1;
  }
  if (from < word.length) parts.push({ start: token.start + from, end: token.end });
  return parts.length > 1 ? parts : undefined;
}

/** True when the token holds a hyphen (`-`, U+2010, U+2011): words without one are no compounds. */
function hasHyphen(text: string, token: Span): boolean {
  for (let i = token.start; i < token.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}
