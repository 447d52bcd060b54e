import type { Span } from '../../document/types.js';

/** Joins a genitive apostrophe to a word ending in s, x or z: `Siemens'`, `Grass'`. */
export function mergeGenitiveApostrophes(text: string, tokens: Span[]): Span[] {
  // Copied on the first merge only: blocks without one return their tokens as they are.
  let out: Span[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // One apostrophe right after the word (`'` or `’`), tested on code units without slicing.
    const isApostrophe = next && next.start === t.end && next.end === next.start + 1 && isApostropheCode(text.charCodeAt(next.start));
    if (isApostrophe && /[sxzß]$/.test(text.slice(t.start, t.end)) && wordEndsAt(text, next.end)) {
      out ??= tokens.slice(0, i);
      out.push({ start: t.start, end: next.end });
      i++;
    } else if (out) out.push(t);
  }
  return out ?? tokens;
}

/** `'` or `’`. */
function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** True at the end of the text or before white space or `, . ; : ! ? )`. */
function wordEndsAt(text: string, i: number): boolean {
  const after = text.charAt(i);
  return after === '' || /[\s,.;:!?)]/.test(after);
}
