import type { Token } from '../../document/types.js';
import { tokenWords, wordSlot } from '../../cache/word-info.js';
import { CUE, FOUNDING_STEM, wordCues } from './cues.js';

const wordCuesOf = wordSlot(wordCues);

/** Cue bits of every token of a document, and of every sentence (its tokens' bits together). */
export interface TokenCues {
  tokens: Int32Array;
  sentences: Int32Array;
}

/**
 * The cue bits of a document's tokens: one pass over the tokens instead of one per rule, each word's bits read from
 * its WordInfo (computed once per word), so that the rules look at the few sentences that hold their cues only.
 */
export function tokenCues(tokens: readonly Token[], sentences: readonly { tokenStart: number; tokenEnd: number }[]): TokenCues {
  const words = tokenWords(tokens);
  const bits = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    bits[i] = wordCuesOf(words.at(i)) | (t.parts && t.text.includes(FOUNDING_STEM) ? CUE.foundingPart : 0);
  }
  const bySentence = new Int32Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    let any = 0;
    for (let i = sentences[s].tokenStart; i < sentences[s].tokenEnd; i++) any |= bits[i];
    bySentence[s] = any;
  }
  return { tokens: bits, sentences: bySentence };
}
