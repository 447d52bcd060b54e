/**
 * Every cache a thread keeps per word (classifier memos, word records, the tagger's score vectors) registers here,
 * so that all of them can be emptied at once. Results never depend on them, only speed does: a benchmark that
 * wants compiled code for a text's code paths but none of its words cached runs the text, then `forgetWords`.
 */
export interface WordCache {
  clear(): void;
}

/** Held weakly: a cache nothing else holds any more (a closed pipeline's tagger) leaves the list when collected. */
const caches = new Set<WeakRef<WordCache>>();
const collected = new FinalizationRegistry<WeakRef<WordCache>>((ref) => caches.delete(ref));

/** Registers a per-word cache for `forgetWords`. */
export function registerWordCache(cache: WordCache): void {
  const ref = new WeakRef(cache);
  caches.add(ref);
  collected.register(cache, ref);
}

/** Empties every per-word cache of this thread; returns how many there were. */
export function forgetWords(): number {
  let cleared = 0;
  for (const ref of caches) {
    const cache = ref.deref();
    if (!cache) caches.delete(ref);
    else {
      cache.clear();
      cleared++;
    }
  }
  return cleared;
}

/** How many caches are registered, those not collected yet included (a diagnostic: it must not grow without bound). */
export function registeredWordCaches(): number {
  return caches.size;
}
