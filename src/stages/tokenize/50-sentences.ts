import type { Sentence, Span } from '../../document/types.js';
import { CLOSERS, SENTENCE_END } from './patterns.js';

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
    sentences.push(make(tokens, start, end, first, block));
    start = end;
    i = end - 1;
  }
  if (start < tokens.length) sentences.push(make(tokens, start, tokens.length, first, block));
  return sentences;
}

/** A straight quote after whitespace opens the next sentence rather than closing this one. */
function opensNext(text: string, tokens: Span[], i: number): boolean {
  const t = text.slice(tokens[i].start, tokens[i].end);
  return (t === '"' || t === "'") && tokens[i].start > 0 && /\s/.test(text[tokens[i].start - 1]);
}

function make(tokens: Span[], from: number, to: number, first: number, block: Sentence['block']): Sentence {
  return { start: tokens[from].start, end: tokens[to - 1].end, tokenStart: first + from, tokenEnd: first + to, block };
}
