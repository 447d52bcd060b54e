import type { Sentence, Span } from '../../document/types.js';
import { CLOSERS, SENTENCE_END } from './patterns.js';

/**
 * The most tokens a sentence may have. German news sentences have far fewer (the longest of the corpus and of the
 * 20,000 Leipzig news sentences has 87); a text without sentence ends (a list, a table, one huge line) would
 * otherwise be one sentence, and rules that relate the words of a sentence pairwise would do quadratic work on it
 * and propose relations between words pages apart (issue 18). Such a run is cut into pieces of at most this many
 * tokens, preferably after a comma, semicolon, colon or dash in the second half of a piece.
 */
export const MAX_SENTENCE_TOKENS = 400;

/**
 * Splits the tokens of one block into sentences: after `.`, `!`, `?`, `…` (and any closing quotes or brackets),
 * when the next token can start a sentence. Abbreviations and ordinals are already single tokens, so their
 * periods never reach this rule.
 */
export function splitSentences(text: string, tokens: Span[], first: number, block: Sentence['block']): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    // Every sentence end starts with `.`, `!`, `?` or `…`: other tokens skip the slice and look-up.
    const c = text.charCodeAt(tokens[i].start);
    if ((c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) || !SENTENCE_END.has(text.slice(tokens[i].start, tokens[i].end))) continue;
    let end = i + 1;
    while (end < tokens.length && CLOSERS.has(text.slice(tokens[end].start, tokens[end].end)) && !opensNext(text, tokens, end)) end++;
    const next = tokens[end];
    if (next && !/^[\p{Lu}\d„"»‚(\[]/u.test(text.slice(next.start, next.end))) continue;
    // No space after the period (`ID.3`, `V236-15.0`, `www.x.de`): not a sentence end.
    if (next && next.start === tokens[end - 1].end) continue;
    pushCapped(sentences, text, tokens, start, end, first, block);
    start = end;
    i = end - 1;
  }
  if (start < tokens.length) pushCapped(sentences, text, tokens, start, tokens.length, first, block);
  return sentences;
}

/** Pushes the sentence of tokens `from` to `to`, cut into pieces of at most MAX_SENTENCE_TOKENS tokens. */
function pushCapped(out: Sentence[], text: string, tokens: Span[], from: number, to: number, first: number, block: Sentence['block']): void {
  while (to - from > MAX_SENTENCE_TOKENS) {
    let cut = from + MAX_SENTENCE_TOKENS;
    for (let k = cut - 1; k > from + MAX_SENTENCE_TOKENS / 2; k--) {
      if (isPause(text, tokens[k])) {
        cut = k + 1;
        break;
      }
    }
    out.push(make(tokens, from, cut, first, block));
    from = cut;
  }
  out.push(make(tokens, from, to, first, block));
}

/** A token after which a long run may be cut: `,`, `;`, `:`, a dash. */
function isPause(text: string, token: Span): boolean {
  if (token.end !== token.start + 1) return false;
  const c = text.charCodeAt(token.start);
  return c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014;
}

/** A straight quote after whitespace opens the next sentence rather than closing this one. */
function opensNext(text: string, tokens: Span[], i: number): boolean {
  const t = text.slice(tokens[i].start, tokens[i].end);
  return (t === '"' || t === "'") && tokens[i].start > 0 && /\s/.test(text[tokens[i].start - 1]);
}

function make(tokens: Span[], from: number, to: number, first: number, block: Sentence['block']): Sentence {
  return { start: tokens[from].start, end: tokens[to - 1].end, tokenStart: first + from, tokenEnd: first + to, block };
}
