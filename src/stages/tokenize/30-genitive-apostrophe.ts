import type { Span } from '../../document/types.js';

/** Joins a genitive apostrophe to a word ending in s, x or z: `Siemens'`, `Grass'`. */
export function mergeGenitiveApostrophes(text: string, tokens: Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // One apostrophe right after the word (`'` or `’`), tested on code units without slicing.
    const isApostrophe = next && next.start === t.end && next.end === next.start + 1 && isApostropheCode(text.charCodeAt(next.start));
    const after = next ? text.charAt(next.end) : '';
    if (isApostrophe && /[sxzß]$/.test(text.slice(t.start, t.end)) && (after === '' || /[\s,.;:!?)]/.test(after))) {
      out.push({ start: t.start, end: next.end });
      i++;
    } else out.push(t);
  }
  return out;
}

/** `'` or `’`. */
function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019;
}
