/** Slots of a new table; it doubles whenever it is half full (a cache's young generation starts empty). */
const FIRST_CAPACITY = 16;

/** The FNV-1a hash of a word's UTF-16 code units, seeded with its length. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5 ^ word.length;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * A map from strings to values in open addressing (linear probing), with each slot's hash beside it in a typed
 * array, so that a probe compares numbers first and reads a key string only when those agree. The word caches use
 * it instead of a Map: the look-up of every token's word (TokenWords) is a cache miss or more in a table of tens
 * of thousands of words, and took 8.5 to 9.5% of the pipeline's time with Maps, 5.5 to 8% with this table (the
 * corpus in one thread, timed per step). Entries are never removed (the caches drop a whole table at a time).
 * Values must not be `undefined`.
 */
export class StringTable<V> {
  private hashes = new Int32Array(FIRST_CAPACITY);
  private keys: Array<string | undefined> = new Array<string | undefined>(FIRST_CAPACITY).fill(undefined);
  private values: Array<V | undefined> = new Array<V | undefined>(FIRST_CAPACITY).fill(undefined);
  private mask = FIRST_CAPACITY - 1;
  /** Entries in the table. */
  size = 0;

  /** The value of `key`, or undefined. */
  get(key: string): V | undefined {
    const h = hashWord(key);
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.keys[i];
      if (k === undefined) return undefined;
      if (this.hashes[i] === h && k === key) return this.values[i];
    }
  }

  /** Sets the value of `key`, replacing any it had. */
  set(key: string, value: V): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    this.place(hashWord(key), key, value);
  }

  /** Puts an entry in its slot (the key's slot when it is there already). */
  private place(h: number, key: string, value: V): void {
    let i = h & this.mask;
    for (let k = this.keys[i]; k !== undefined; k = this.keys[i]) {
      if (this.hashes[i] === h && k === key) {
        this.values[i] = value;
        return;
      }
      i = (i + 1) & this.mask;
    }
    this.hashes[i] = h;
    this.keys[i] = key;
    this.values[i] = value;
    this.size++;
  }

  /** Doubles the slots and puts every entry in its new place. */
  private grow(): void {
    const { hashes, keys, values } = this;
    const capacity = keys.length * 2;
    this.hashes = new Int32Array(capacity);
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) this.place(hashes[i], key, values[i] as V);
    }
  }
}
