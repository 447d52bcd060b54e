import { FeatureTable } from './feature-table.js';
import { BOUNDARY_END, BOUNDARY_START, G_FIRST, G_LEFT1, G_LEFT2, G_RIGHT1, G_RIGHT2, G_SELF, NUM_GROUPS } from './features.js';
import { collectFeatureKeys } from './feature-keys.js';
import { FeatureKeys } from './feature-key-buffer.js';
import { NUM_TAGS, TAGS } from './labels.js';
import { loadLexicons } from './lexicons.js';
import type { ModelData } from './model-data.js';
import { ScoreSlab } from './score-slab.js';
import { viterbi } from './viterbi.js';

/** The tagger the pipeline's `ner` stage calls. */
export interface Tagger {
  /** One GermEval BIO tag per word (`B-PER`, `I-ORG`, `B-LOCderiv`, `B-ORGpart`, `O`). */
  tag(words: string[]): string[];
  readonly info: { name: string; version: string };
}

/** Words whose score vectors a tagger keeps: 600 bytes each, so at most 60 MB per thread. */
const MAX_CACHE = 100_000;

/**
 * A linear-chain tagger over a `ModelData`: per distinct word it caches one score vector per feature group, so
 * a token costs at most six vector additions plus Viterbi. Lexicons load on the first call of `tag`.
 */
export class PerceptronTagger implements Tagger {
  readonly info: { name: string; version: string };
  private readonly table: FeatureTable;
  /** Word -> slot of its score vector in `slab`. */
  private readonly index = new Map<string, number>();
  private readonly slab = new ScoreSlab(NUM_GROUPS * NUM_TAGS);
  private readonly keys = new FeatureKeys();
  /** Buffers reused across calls: Viterbi scores and back-pointers, emissions, the words' vector slots. */
  private readonly work = { score: new Float64Array(0), back: new Int8Array(0), em: new Float32Array(0), slots: new Int32Array(0) };

  /** @param maxCachedWords words whose score vectors are kept; the cache is emptied when it is full */
  constructor(readonly model: ModelData, private readonly maxCachedWords = MAX_CACHE) {
    this.info = { name: model.meta.name, version: model.meta.version };
    this.table = new FeatureTable(model.keys);
  }

  /**
   * The slot of a word's cached group score vectors (`NUM_GROUPS * NUM_TAGS` floats in the slab). The
   * sentence-first group is summed only when the word first opens a sentence (most words never do); until then
   * its first score is NaN.
   */
  wordSlot(word: string): number {
    let slot = this.index.get(word);
    if (slot !== undefined) return slot;
    slot = this.slab.alloc();
    const v = this.slab.chunk(slot);
    const at = this.slab.offset(slot);
    collectFeatureKeys(word, loadLexicons(), this.model, this.keys);
    for (let g = 0; g < NUM_GROUPS; g++) if (g !== G_FIRST) this.sumGroup(v, at, g);
    v[at + G_FIRST * NUM_TAGS] = Number.NaN;
    this.index.set(word, slot);
    return slot;
  }

  /** Adds the weight rows of group `g` of the keys last collected into the slice of that group at `at` in `v`. */
  private sumGroup(v: Float32Array, at: number, g: number): void {
    const keys = this.keys;
    const w = this.model.weights;
    const n = keys.count(g);
    const off = at + g * NUM_TAGS;
    for (let k = 0; k < n; k++) {
      const row = this.table.get(keys.key(g, k));
      if (row < 0) continue;
      const base = row * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) v[off + t] += w[base + t];
    }
  }

  /** The sentence-first group of a word's cached vector, summed on first need (same order, same sums). */
  private firstGroup(word: string, slot: number): void {
    const v = this.slab.chunk(slot);
    const off = this.slab.offset(slot) + G_FIRST * NUM_TAGS;
    if (!Number.isNaN(v[off])) return;
    v[off] = 0;
    collectFeatureKeys(word, loadLexicons(), this.model, this.keys);
    this.sumGroup(v, this.slab.offset(slot), G_FIRST);
  }

  /** Tag indices per word. */
  tagIndices(words: readonly string[]): Int32Array {
    const n = words.length;
    const T = NUM_TAGS;
    if (n === 0) return new Int32Array(0);
    const work = this.work;
    if (work.score.length < n * T) {
      work.score = new Float64Array(n * T * 2);
      work.back = new Int8Array(n * T * 2);
      work.em = new Float32Array(n * T * 2);
      work.slots = new Int32Array(n * 2);
    }
    // The cache is emptied before a sentence that might not fit, never while its words are looked up: a clear
    // in between would free the slots of the words before it.
    if (this.slab.size + n + 2 > this.maxCachedWords) this.clearCache();
    const slots = work.slots;
    for (let i = 0; i < n; i++) slots[i] = this.wordSlot(words[i]);
    const start = this.wordSlot(BOUNDARY_START);
    const end = this.wordSlot(BOUNDARY_END);
    this.firstGroup(words[0], slots[0]);
    const em = work.em;
    const slab = this.slab;
    const oS = G_SELF * T, oL1 = G_LEFT1 * T, oL2 = G_LEFT2 * T, oR1 = G_RIGHT1 * T, oR2 = G_RIGHT2 * T, oF = G_FIRST * T;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      const self = slots[i];
      const l1 = i >= 1 ? slots[i - 1] : start;
      const l2 = i >= 2 ? slots[i - 2] : start;
      const r1 = i + 1 < n ? slots[i + 1] : end;
      const r2 = i + 2 < n ? slots[i + 2] : end;
      const vS = slab.chunk(self), aS = slab.offset(self) + oS;
      const vL1 = slab.chunk(l1), aL1 = slab.offset(l1) + oL1;
      const vR1 = slab.chunk(r1), aR1 = slab.offset(r1) + oR1;
      const vL2 = slab.chunk(l2), aL2 = slab.offset(l2) + oL2;
      const vR2 = slab.chunk(r2), aR2 = slab.offset(r2) + oR2;
      for (let t = 0; t < T; t++) em[base + t] = vS[aS + t] + vL1[aL1 + t] + vR1[aR1 + t] + vL2[aL2 + t] + vR2[aR2 + t];
    }
    const vF = slab.chunk(slots[0]), aF = slab.offset(slots[0]) + oF;
    for (let t = 0; t < T; t++) em[t] += vF[aF + t];
    return viterbi(em, n, this.model.transitions, undefined, work);
  }

  tag(words: string[]): string[] {
    return Array.from(this.tagIndices(words), (t) => TAGS[t]);
  }

  /** Forgets every cached word score vector (for measuring speed on unseen text; tags do not change). */
  clearCache(): void {
    this.index.clear();
    this.slab.clear();
  }
}
