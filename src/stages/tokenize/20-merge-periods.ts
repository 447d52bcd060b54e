import type { Span } from '../../document/types.js';
import { ABBREVIATIONS } from '../../lang/de/abbreviations.js';
import { MONTHS } from '../../lang/de/months.js';

/**
 * Joins a period to the word before it when the two form one token: abbreviations (`Dr.`, `z.`, `Nr.`), initials
 * (`J.`), and ordinals (`3.` in `am 3. März`, `der 2. Liga`). Four-digit years keep their period: `im Jahr 2025.`
 * ends a sentence.
 */
export function mergePeriods(text: string, tokens: Span[]): Span[] {
  // Copied on the first merge only: blocks without one return their tokens as they are.
  let out: Span[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const dot = tokens[i + 1];
    if (dot && dot.start === t.end && text.charCodeAt(dot.start) === 46 && dot.end === dot.start + 1 && joinsPeriod(text, t, tokens[i + 2])) {
      out ??= tokens.slice(0, i);
      out.push({ start: t.start, end: dot.end });
      i++;
    } else if (out) out.push(t);
  }
  return out ?? tokens;
}

function joinsPeriod(text: string, word: Span, next: Span | undefined): boolean {
  const w = text.slice(word.start, word.end);
  if (ABBREVIATIONS.has(`${w.toLowerCase()}.`)) return w.length > 1 || !!next;
  if (/^\p{Lu}$/u.test(w)) return true;
  if (/^\d{1,3}$/.test(w) && next) {
    const after = text.slice(next.start, next.end);
    return MONTHS.has(after) || /^\p{Ll}/u.test(after) || /^\p{Lu}/u.test(after) && Number(w) <= 31 && text.slice(next.start - 1, next.start) === ' ';
  }
  return false;
}
