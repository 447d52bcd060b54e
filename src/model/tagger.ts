import { FeatureTable } from './feature-table.js';
import { BOUNDARY_END, BOUNDARY_START, G_FIRST, G_LEFT1, G_LEFT2, G_RIGHT1, G_RIGHT2, G_SELF, NUM_GROUPS } from './features.js';
import { collectFeatureKeys } from './feature-keys.js';
import { FeatureKeys } from './feature-key-buffer.js';
import { NUM_TAGS, TAGS } from './labels.js';
import { loadLexicons } from './lexicons.js';
import type { ModelData } from './model-data.js';
import { viterbi } from './viterbi.js';

/** The tagger the pipeline's `ner` stage calls. */
export interface Tagger {
  /** One GermEval BIO tag per word (`B-PER`, `I-ORG`, `B-LOCderiv`, `B-ORGpart`, `O`). */
  tag(words: string[]): string[];
  readonly info: { name: string; version: string };
}

const MAX_CACHE = 300_000;
const EMPTY = new Float32Array(0);

/**
 * A linear-chain tagger over a `ModelData`: per distinct word it caches one score vector per feature group, so
 * a token costs at most six vector additions plus Viterbi. Lexicons load on the first call of `tag`.
 */
export class PerceptronTagger implements Tagger {
  readonly info: { name: string; version: string };
  private readonly table: FeatureTable;
  private readonly cache = new Map<string, Float32Array>();
  private readonly keys = new FeatureKeys();
  /** Buffers reused across calls: Viterbi scores and back-pointers, emissions, the words' score vectors. */
  private readonly work = { score: new Float64Array(0), back: new Int8Array(0), em: new Float32Array(0), vecs: [] as Float32Array[] };

  constructor(readonly model: ModelData) {
    this.info = { name: model.meta.name, version: model.meta.version };
    this.table = new FeatureTable(model.keys);
  }

  /**
   * The cached group score vectors of a word (`NUM_GROUPS * NUM_TAGS`). The sentence-first group is summed only
   * when the word first opens a sentence (most words never do); until then its first score is NaN.
   */
  wordScores(word: string): Float32Array {
    let v = this.cache.get(word);
    if (v) return v;
    v = new Float32Array(NUM_GROUPS * NUM_TAGS);
    collectFeatureKeys(word, loadLexicons(), this.model, this.keys);
    for (let g = 0; g < NUM_GROUPS; g++) if (g !== G_FIRST) this.sumGroup(v, g);
    v[G_FIRST * NUM_TAGS] = Number.NaN;
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    this.cache.set(word, v);
    return v;
  }

  /** Adds the weight rows of group `g` of the keys last collected into `v`'s slice of that group. */
  private sumGroup(v: Float32Array, g: number): void {
    const keys = this.keys;
    const w = this.model.weights;
    const n = keys.count(g);
    const off = g * NUM_TAGS;
    for (let k = 0; k < n; k++) {
      const row = this.table.get(keys.key(g, k));
      if (row < 0) continue;
      const base = row * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) v[off + t] += w[base + t];
    }
  }

  /** The sentence-first group of a word's cached vector, summed on first need (same order, same sums). */
  private firstGroup(word: string, v: Float32Array): void {
    const off = G_FIRST * NUM_TAGS;
    if (!Number.isNaN(v[off])) return;
    v[off] = 0;
    collectFeatureKeys(word, loadLexicons(), this.model, this.keys);
    this.sumGroup(v, G_FIRST);
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
    }
    const em = work.em;
    const vecs = work.vecs;
    for (let i = 0; i < n; i++) vecs[i] = this.wordScores(words[i]);
    const start = this.wordScores(BOUNDARY_START);
    const end = this.wordScores(BOUNDARY_END);
    const oS = G_SELF * T, oL1 = G_LEFT1 * T, oL2 = G_LEFT2 * T, oR1 = G_RIGHT1 * T, oR2 = G_RIGHT2 * T, oF = G_FIRST * T;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      const self = vecs[i];
      const l1 = i >= 1 ? vecs[i - 1] : start;
      const l2 = i >= 2 ? vecs[i - 2] : start;
      const r1 = i + 1 < n ? vecs[i + 1] : end;
      const r2 = i + 2 < n ? vecs[i + 2] : end;
      for (let t = 0; t < T; t++) em[base + t] = self[oS + t] + l1[oL1 + t] + r1[oR1 + t] + l2[oL2 + t] + r2[oR2 + t];
    }
    const first = vecs[0];
    this.firstGroup(words[0], first);
    for (let t = 0; t < T; t++) em[t] += first[oF + t];
    vecs.fill(EMPTY, 0, n); // keep no references to evicted cache entries
    return viterbi(em, n, this.model.transitions, undefined, work);
  }

  tag(words: string[]): string[] {
    return Array.from(this.tagIndices(words), (t) => TAGS[t]);
  }

  /** Forgets every cached word score vector (for measuring speed on unseen text; tags do not change). */
  clearCache(): void {
    this.cache.clear();
  }
}
