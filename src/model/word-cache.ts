import { registerWordCache } from '../cache/word-caches.js';
import { ScoreMemory } from './score-memory.js';
import { ScoreSlab } from './score-slab.js';

/** One generation of cached words: their slots in a slab, and the number records compare with. */
interface Generation {
  index: Map<string, number>;
  slab: ScoreSlab;
  id: number;
}

/** Generation numbers of all caches of this thread, so that a record never takes another cache's slot for its own. */
let generations = 0;

/**
 * The tagger's per-word score vectors in two generations. New words go to the young one; when it is full it becomes
 * the old one and a new young generation starts; a word found in the old generation is copied to the young one.
 * Words in use survive a turn (a copy of 600 bytes instead of computing the features again, which emptying the
 * whole cache cost every word), and memory stays bounded by two generations.
 */
export class WordVectorCache {
  private young: Generation;
  private old: Generation;

  /**
   * @param stride floats per word; @param capacity words per generation (a sentence longer than that makes its
   * generation's slab grow); @param memory where the slabs live (the tagger's, which also holds its sums)
   */
  constructor(private readonly stride: number, private readonly capacity: number, readonly memory = new ScoreMemory()) {
    this.young = this.fresh();
    this.old = this.fresh();
    registerWordCache(this);
  }

  private fresh(): Generation {
    // Room for a sentence beyond the capacity: makeRoom lets the young generation pass it by one.
    return { index: new Map(), slab: new ScoreSlab(this.memory, this.stride, this.capacity + 256), id: generations++ };
  }

  /** The young generation's slab: every slot a sentence's decoding reads is in it. */
  get slab(): ScoreSlab {
    return this.young.slab;
  }

  /** Number of the young generation (what a record's `taggerCache` holds while its slot is valid). */
  get generation(): number {
    return this.young.id;
  }

  /** Number of the old generation. */
  get oldGeneration(): number {
    return this.old.id;
  }

  /** The young slot of a cached word (copied from the old generation when only there), or undefined. */
  find(word: string): number | undefined {
    const slot = this.young.index.get(word);
    if (slot !== undefined) return slot;
    const old = this.old.index.get(word);
    return old === undefined ? undefined : this.promote(word, old);
  }

  /** Copies a word's vectors from its slot in the old generation to a new young slot. */
  promote(word: string, oldSlot: number): number {
    const slot = this.add(word);
    this.young.slab.copyFrom(this.old.slab, oldSlot, slot);
    return slot;
  }

  /** A new zeroed young slot for `word`. */
  add(word: string): number {
    const slot = this.young.slab.alloc();
    this.young.index.set(word, slot);
    return slot;
  }

  /** Starts a new young generation when `n` more words might not fit (call it before a sentence, never within). */
  makeRoom(n: number): void {
    if (this.young.slab.size + n <= this.capacity) return;
    const recycled = this.old;
    recycled.index.clear();
    recycled.slab.clear();
    recycled.id = generations++;
    this.old = this.young;
    this.young = recycled;
  }

  /** Forgets every word. */
  clear(): void {
    for (const g of [this.young, this.old]) {
      g.index.clear();
      g.slab.clear();
      g.id = generations++;
    }
  }
}
