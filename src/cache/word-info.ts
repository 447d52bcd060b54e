import { registerWordCache } from './word-caches.js';
import { GenerationalMap } from './generational-map.js';
import { slotAccess, type SlotHolder } from './inline-slots.js';

/**
 * Per-word facts shared by all rules. A token's classifiers (role noun? product noun? KB names starting here?) used
 * to be one memo map each, so every token paid several look-ups of its string in large maps; now a token's
 * WordInfo is looked up once per document (tokenWordInfos) and each classifier keeps its value in a slot of it.
 */
export class WordInfo implements SlotHolder {
  /** Values of the classifiers registered with wordSlot beyond the fields s0 to s7 (inline-slots.ts). */
  more: unknown[] | undefined = undefined;
  /** Where the NER tagger cached this word's score vectors (`TaggerWord` of src/model/tagger.ts); -1: nowhere yet. */
  taggerCache = -1;
  taggerSlot = -1;
  // Values of the first classifiers' slots; `undefined` when not computed yet.
  s0: unknown = undefined;
  s1: unknown = undefined;
  s2: unknown = undefined;
  s3: unknown = undefined;
  s4: unknown = undefined;
  s5: unknown = undefined;
  s6: unknown = undefined;
  s7: unknown = undefined;

  constructor(readonly word: string) {}
}

/** Words whose WordInfo is kept, in two generations (see GenerationalMap): memory stays bounded. */
const LIMIT = 100_000;
const cache = new GenerationalMap<string, WordInfo>(LIMIT);
/**
 * Words of two or three code units (`der`, `in`, `am`, `EU`) in a map of their own: they are a third of all
 * tokens but few distinct words, so this map stays small and in the processor's cache.
 */
const shortCache = new GenerationalMap<string, WordInfo>(LIMIT);
/** Words of one code unit below U+3000 (punctuation, initials), by code: most frequent of all, no map needed. */
const singles: Array<WordInfo | undefined> = [];
// The maps register themselves; these two hold WordInfos too.
registerWordCache({
  clear() {
    singles.length = 0;
    last = undefined;
  },
});

/**
 * The WordInfo of a word, shared by every caller in this thread. A word in use keeps its WordInfo, and with it
 * its classifier values and the tagger's note of its cached vectors, when the cache turns over.
 */
export function wordInfo(word: string): WordInfo {
  if (word.length === 1) {
    const c = word.charCodeAt(0);
    if (c < 0x3000) return (singles[c] ??= new WordInfo(word));
  }
  const map = word.length <= 3 ? shortCache : cache;
  let info = map.get(word);
  if (info === undefined) {
    info = new WordInfo(word);
    map.set(word, info);
  }
  return info;
}

/** Stands for a computed `undefined` in a slot. */
const NONE = Symbol('undefined');
let slots = 0;

/**
 * Registers a classifier of single words, a pure function of the word, and returns it as a function of WordInfo
 * that computes it once per word and then reads the value from the word's slot.
 */
export function wordSlot<T>(fn: (word: string) => T): (info: WordInfo) => T {
  const { get, set } = slotAccess(slots++);
  return (info) => {
    const stored = get(info);
    if (stored !== undefined) return (stored === NONE ? undefined : stored) as T;
    const value = fn(info.word);
    set(info, value === undefined ? NONE : value);
    return value;
  };
}

/**
 * The WordInfo of each token's normal form, looked up once and kept for the document, so that every stage shares
 * it. Normal forms are read when it is made: a stage that changes them afterwards calls forgetTokenWords
 * (normalize.de.v1 does, and runs before every stage that reads words). Each access used to check the entry's
 * word against the token's current normal form: that compared two string objects character by character, the
 * entry's an old one far from the processor's cache, on every access of every stage (the corpus in one thread
 * 1.04 to 1.055 times faster without it; comparing the looked-up string objects instead, 1.02).
 */
export class TokenWords {
  private readonly infos: Array<WordInfo | undefined>;

  /**
   * Looks up every token's WordInfo at once: the look-ups are independent, so the processor overlaps their memory
   * accesses (spread over the stages, each waited for a cache miss alone; the tagger needs every token anyway).
   */
  constructor(readonly tokens: readonly { norm: string }[]) {
    const infos = new Array<WordInfo>(tokens.length);
    for (let i = 0; i < tokens.length; i++) infos[i] = wordInfo(tokens[i].norm);
    this.infos = infos;
  }

  /** The WordInfo of token `i` (looked up now for a token added after this was made). */
  at(i: number): WordInfo {
    return this.infos[i] ?? (this.infos[i] = wordInfo(this.tokens[i].norm));
  }
}

/**
 * The TokenWords of the document last asked for. One strong reference, not a WeakMap keyed by token arrays: V8's
 * minor collections keep a WeakMap's young keys alive, so every document's tokens, strings and word arrays were
 * promoted to the old generation and the heap was marked over and over (each worker thread then took a fifth of
 * a core for collecting, and two threads got in each other's way).
 */
let last: TokenWords | undefined;

/** Forgets the current document's TokenWords, so that the next tokenWords call reads every normal form again. */
export function forgetTokenWords(): void {
  last = undefined;
}

/** The TokenWords of a token array (a document's tokens), shared by all callers while it is the current one. */
export function tokenWords(tokens: readonly { norm: string }[]): TokenWords {
  if (last?.tokens !== tokens) last = new TokenWords(tokens);
  return last;
}

/**
 * A classifier of tokens by their normal form, kept in a WordInfo slot behind a cheap test of the word: when
 * `mayApply` is false the answer is `otherwise` and the token's WordInfo is not even looked up (most tokens).
 */
export function gatedSlot<T>(mayApply: (word: string) => boolean, otherwise: T, fn: (word: string) => T): (words: TokenWords, i: number) => T {
  const slot = wordSlot(fn);
  return (words, i) => (mayApply(words.tokens[i].norm) ? slot(words.at(i)) : otherwise);
}
