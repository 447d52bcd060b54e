import { FeatureTable } from './feature-table.js';
import { BOUNDARY_END, BOUNDARY_START, G_FIRST, NUM_GROUPS } from './features.js';
import { collectFeatureKeys } from './feature-keys.js';
import { FeatureKeys } from './feature-key-buffer.js';
import { KernelDecoder } from './kernel-decoder.js';
import { WeightSums } from './weight-sums.js';
import { NUM_TAGS, TAGS } from './labels.js';
import { loadLexicons } from './lexicons.js';
import type { ModelData } from './model-data.js';
import { WordVectorCache } from './word-cache.js';
import type { Tagger, TaggerWord } from './tagger-types.js';

export type { Tagger, TaggerWord } from './tagger-types.js';

/**
 * Words whose score vectors a tagger keeps (two generations of half as many): 600 bytes each, 38 MB per thread.
 * News vocabulary is large: after 500,000 tokens of news (49,000 distinct words), a thread computed 15,553 words
 * over the next 81,000 tokens of unseen news with room for 40,000, and 9,267 with room for 64,000 (the others it
 * had computed before and dropped).
 */
const MAX_CACHE = 64_000;

/**
 * A linear-chain tagger over a `ModelData`: per distinct word it caches one score vector per feature group, so
 * a token costs at most six vector additions plus Viterbi. Lexicons load on the first call of `tag`.
 */
export class PerceptronTagger implements Tagger {
  readonly info: { name: string; version: string };
  /** Feature hash -> weight row, for float weights only (a quantised model's table is in WebAssembly memory). */
  private readonly table?: FeatureTable;
  /** Word -> slot of its score vectors, in two generations. */
  private readonly cache: WordVectorCache;
  private readonly keys = new FeatureKeys();
  /** The words' vector slots of a sentence, reused across calls. */
  private slots = new Int32Array(0);
  /** Emission sums and Viterbi in WebAssembly, over the cache's memory. */
  private readonly decoder: KernelDecoder;
  /** The quantised weights in that memory (models with float weights, made in training, sum in JavaScript). */
  private readonly weights?: WeightSums;

  /** @param maxCachedWords words whose score vectors are kept (the words of the older half are dropped in turn) */
  constructor(readonly model: ModelData, maxCachedWords = MAX_CACHE) {
    this.info = { name: model.meta.name, version: model.meta.version };
    const table = new FeatureTable(model.keys);
    this.cache = new WordVectorCache(NUM_GROUPS * NUM_TAGS, Math.max(1, Math.floor(maxCachedWords / 2)));
    this.decoder = new KernelDecoder(this.cache.memory, model.transitions);
    // Quantised weights (every model file): table and weights live on in WebAssembly memory only.
    if ('q' in model) this.weights = new WeightSums(this.cache.memory, table, model.q, model.scales);
    else this.table = table;
  }

  /**
   * The slot of a word's cached group score vectors (`NUM_GROUPS * NUM_TAGS` floats in the slab). The
   * sentence-first group is summed only when the word first opens a sentence (most words never do); until then
   * its first score is NaN.
   */
  wordSlot(word: string): number {
    let slot = this.cache.find(word);
    if (slot !== undefined) return slot;
    slot = this.cache.add(word);
    const at = this.cache.slab.offset(slot);
    collectFeatureKeys(word, loadLexicons(), this.model, this.keys);
    for (let g = 0; g < NUM_GROUPS; g++) if (g !== G_FIRST) this.sumGroup(at, g);
    this.cache.slab.floats[at + G_FIRST * NUM_TAGS] = Number.NaN;
    return slot;
  }

  /**
   * Adds the weight rows of group `g` of the keys last collected into the slice of that group of the slot at `at`:
   * quantised weights in WebAssembly (weight-sums.ts, which may grow the memory: no view is kept across this).
   */
  private sumGroup(at: number, g: number): void {
    const off = at + g * NUM_TAGS;
    if (this.weights) {
      this.weights.add(this.keys, g, off);
      return;
    }
    const model = this.model;
    const table = this.table;
    if (!('weights' in model) || !table) throw new Error('a quantised model sums in WebAssembly');
    const v = this.cache.slab.floats;
    const keys = this.keys;
    for (let k = 0; k < keys.count(g); k++) {
      const row = table.get(keys.key(g, k));
      if (row < 0) continue;
      for (let t = 0; t < NUM_TAGS; t++) v[off + t] += model.weights[row * NUM_TAGS + t];
    }
  }

  /** The sentence-first group of a word's cached vector, summed on first need (same order, same sums). */
  private firstGroup(word: string, slot: number): void {
    const off = this.cache.slab.offset(slot) + G_FIRST * NUM_TAGS;
    if (!Number.isNaN(this.cache.slab.floats[off])) return;
    this.cache.slab.floats[off] = 0;
    collectFeatureKeys(word, loadLexicons(), this.model, this.keys);
    this.sumGroup(this.cache.slab.offset(slot), G_FIRST);
  }

  /** The slot of a word the caller keeps a record of: read from the record while its cache generation lasts. */
  private recordSlot(w: TaggerWord): number {
    const cache = this.cache;
    if (w.taggerCache === cache.generation) return w.taggerSlot;
    const slot = w.taggerCache === cache.oldGeneration ? cache.promote(w.word, w.taggerSlot) : this.wordSlot(w.word);
    w.taggerCache = cache.generation;
    w.taggerSlot = slot;
    return slot;
  }

  /** Buffers for a sentence of `n` words; a new cache generation first when the sentence might not fit. */
  private prepare(n: number): Int32Array {
    if (this.slots.length < n) this.slots = new Int32Array(n * 2);
    this.decoder.prepare(n);
    // A new generation before the sentence's words are looked up, never in between: their slots must stay young.
    this.cache.makeRoom(n + 2);
    return this.slots;
  }

  /** Tag indices per word: a view of a reused buffer, valid until the next call. */
  tagIndices(words: readonly string[]): Int32Array {
    const n = words.length;
    if (n === 0) return new Int32Array(0);
    const slots = this.prepare(n);
    for (let i = 0; i < n; i++) slots[i] = this.wordSlot(words[i]);
    return this.decode(words[0], n);
  }

  tagWords(words: readonly TaggerWord[]): Int32Array {
    const n = words.length;
    if (n === 0) return new Int32Array(0);
    const slots = this.prepare(n);
    for (let i = 0; i < n; i++) slots[i] = this.recordSlot(words[i]);
    return this.decode(words[0].word, n);
  }

  /** Emission sums from the `n` slots in the work buffer, then Viterbi (in WebAssembly: kernel-decoder.ts). */
  private decode(first: string, n: number): Int32Array {
    const start = this.wordSlot(BOUNDARY_START);
    const end = this.wordSlot(BOUNDARY_END);
    this.firstGroup(first, this.slots[0]);
    return this.decoder.decode(this.cache.slab, this.slots, n, start, end);
  }

  tag(words: string[]): string[] {
    return Array.from(this.tagIndices(words), (t) => TAGS[t]);
  }

  /** Forgets every cached word score vector (for measuring speed on unseen text; tags do not change). */
  clearCache(): void {
    this.cache.clear();
  }
}
