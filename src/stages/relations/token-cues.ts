import type { Token } from '../../document/types.js';
import { tokenWords, wordSlot } from '../../lang/de/word-info.js';
import { CUE } from './cue-bits.js';
import { receivesCue, deliveryCue } from './50-supplies-to.js';
import { stakeCue, stakeWordCue } from './60-stakes.js';
import { foundingCue, foundingPartCue } from './70-founder.js';
import { headRoleCue } from './15-role-appositive.js';

/** The cue tests of words: pure functions of the word, computed once per word and kept on its WordInfo. */
const WORD_CUES: ReadonlyArray<readonly [number, (word: string) => boolean]> = [
  [CUE.delivery, deliveryCue],
  [CUE.receives, receivesCue],
  [CUE.stake, stakeCue],
  [CUE.stakeWord, stakeWordCue],
  [CUE.founding, foundingCue],
  [CUE.headRole, headRoleCue],
];

/** The cue bits of a word (see CUE). */
export function wordCues(word: string): number {
  let bits = 0;
  for (const [bit, test] of WORD_CUES) if (test(word)) bits |= bit;
  return bits;
}

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
    bits[i] = wordCuesOf(words.at(i)) | (foundingPartCue(t) ? CUE.foundingPart : 0);
  }
  const bySentence = new Int32Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    let any = 0;
    for (let i = sentences[s].tokenStart; i < sentences[s].tokenEnd; i++) any |= bits[i];
    bySentence[s] = any;
  }
  return { tokens: bits, sentences: bySentence };
}
