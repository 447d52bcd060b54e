import { registerWordCache } from './word-caches.js';
import { StringTable } from './string-table.js';

/**
 * A map of at most about `limit` entries, kept in two generations: new entries go to the young one; when it holds
 * half the limit it becomes the old one and the previous old one is dropped; an entry found in the old generation
 * moves back to the young one. Entries in use survive a turn, so a full cache does not make every frequent word
 * be computed again (emptying it did), and memory stays bounded. Values must not be `undefined`. Keys are words,
 * in StringTables (not Maps: see StringTable).
 */
export class GenerationalMap<K extends string, V> {
  private young = new StringTable<V>();
  private old = new StringTable<V>();

  /** @param limit about how many entries are kept; the map registers as a per-word cache (word-caches.ts) */
  constructor(private readonly limit: number) {
    registerWordCache(this);
  }

  /** The value of `key`, moved to the young generation when it was in the old one. */
  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const old = this.old.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  /** Sets `key` in the young generation, starting a new one first when it is full. */
  set(key: K, value: V): void {
    if (this.young.size >= this.limit / 2) {
      this.old = this.young;
      this.young = new StringTable();
    }
    this.young.set(key, value);
  }

  /** Forgets every entry. */
  clear(): void {
    this.young = new StringTable();
    this.old = new StringTable();
  }

  /** Entries in both generations (a key moved back from the old one counts twice until that turns over). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}
