import type { Span } from '../../document/types.js';

const HYPHEN = /[-\u2010\u2011]/g;

/** The parts of a hyphen compound (`Nvidia-Chef` -> `Nvidia`, `Chef`), or undefined for a plain word. */
export function compoundParts(text: string, token: Span): Span[] | undefined {
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
