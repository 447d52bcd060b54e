/**
 * A record the caller keeps for each distinct word (the pipeline's WordInfo), in which the tagger notes where it
 * cached the word's score vectors: a token then costs no look-up of its string in the tagger's own map.
 * Start both fields at -1.
 */
export interface TaggerWord {
  readonly word: string;
  /** The cache generation `taggerSlot` belongs to (-1: none). */
  taggerCache: number;
  taggerSlot: number;
}

/** The tagger the pipeline's `ner` stage calls. */
export interface Tagger {
  /** One GermEval BIO tag per word (`B-PER`, `I-ORG`, `B-LOCderiv`, `B-ORGpart`, `O`). */
  tag(words: string[]): string[];
  /**
   * The same as `tag`, as indices into `TAGS`, for words the caller keeps records of. The array is a view of a
   * buffer the tagger reuses: read it before the next call.
   */
  tagWords(words: readonly TaggerWord[]): Int32Array;
  readonly info: { name: string; version: string };
}
