import type { Span } from '../../document/types.js';
import { TOKEN_PATTERN } from './patterns.js';
import { plainWordEnd } from './plain-word.js';

/**
 * The sticky pattern, made once (not per block: making it is not free). Safe to share: rawTokens sets `lastIndex`
 * before every use and runs to its end without yielding.
 */
const pattern = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);

/** Raw tokens of one block: maximal matches of the token pattern, whitespace skipped. */
export function rawTokens(text: string, block: Span): Span[] {
  const out: Span[] = [];
  let i = block.start;
  while (i < block.end) {
    const c = text.charCodeAt(i);
    // Whitespace, including no-break and zero-width spaces.
    if (c <= 32 || c === 0xa0 || c === 0x200b || c === 0x2009 || c === 0x202f || c === 0xfeff) {
      i++;
      continue;
    }
    // Plain words need no regular expression; `test` with the sticky pattern allocates no match.
    let matchEnd = plainWordEnd(text, i);
    if (matchEnd < 0) {
      pattern.lastIndex = i;
      matchEnd = pattern.test(text) ? pattern.lastIndex : i + 1;
    }
    const end = Math.min(block.end, matchEnd);
    out.push({ start: i, end });
    i = end;
  }
  return out;
}
