import type { FeatureKeys } from './feature-key-buffer.js';
import type { FeatureTable } from './feature-table.js';
import type { ScoreMemory } from './score-memory.js';

/**
 * The quantised weights in WebAssembly memory, for the kernel `addKeys` (kernels.wat): a copy of the feature
 * table's `[key, row]` pairs, the int8 weights and their row scales (about 10 MB per tagger). Sums a word's
 * weight rows per group there, with the same floats as the tagger's JavaScript loop.
 */
export class WeightSums {
  private readonly table: number;
  private readonly mask: number;
  private readonly q: number;
  private readonly scales: number;
  private keys = 0;
  private room = 0;

  constructor(private readonly memory: ScoreMemory, table: FeatureTable, q: Int8Array, scales: Float32Array) {
    const { slots, mask } = table.layout;
    this.mask = mask;
    this.table = memory.allocate(slots.length * 4);
    memory.i32.set(slots, this.table / 4);
    this.q = memory.allocate(q.length);
    new Int8Array(memory.i32.buffer, this.q, q.length).set(q);
    this.scales = memory.allocate(scales.length * 4);
    memory.f32.set(scales, this.scales / 4);
  }

  /**
   * Adds the weight rows of group `g`'s keys to the 25 floats (one per tag) at index `at` of the memory's floats
   * (the keys are copied into the memory, where the kernel writes their rows over them).
   * May grow the memory (a word with more keys than ever before): read views after it.
   */
  add(keys: FeatureKeys, g: number, at: number): void {
    const n = keys.count(g);
    if (n > this.room) {
      this.room = n * 2;
      this.keys = this.memory.allocate(this.room * 4);
    }
    keys.copyGroup(g, this.memory.i32, this.keys / 4);
    this.memory.addKeys(this.keys, n, this.table, this.mask, this.q, this.scales, at * 4);
  }
}
