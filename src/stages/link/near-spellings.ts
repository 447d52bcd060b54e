import { perIndex } from './candidate-index.js';
import { lastWord } from './fold.js';
import { similarity } from './similarity.js';

/** Lowest Jaro-Winkler similarity of a spelling variant (`Wladimir Putin` / `Vladimir Putin` is 0.95). */
export const FUZZY_THRESHOLD = 0.93;

/** Lowest Jaro-Winkler similarity of each differing word of a spelling variant (`wladimir` / `vladimir`: 0.92). */
export const WORD_THRESHOLD = 0.85;

/**
 * True when two names of as many words differ in no word by more than a spelling (`Wladimir Putin` / `Vladimir
 * Putin`), so that a different word that shares letters with the name is no variant: `Kickers Offenbach` is not
 * `Kreis Offenbach` (0.95 as whole names, `kickers` / `kreis` 0.74), `VfB Artern` not `VfL Artern`. Names of other
 * word counts are no spelling variants (`George Bush` / `George W. Bush` 0.95): a person's middle part added or
 * dropped is person-forms.ts's (none of the Leipzig 2015 links came from such a pair).
 */
function wordsAlike(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  return x.length === y.length && x.every((w, i) => w === y[i] || similarity(w, y[i]) >= WORD_THRESHOLD);
}

/** More names than this ending with one word (`müller`) make a near spelling too likely someone else: none tried. */
export const MAX_VARIANTS = 100;

/**
 * Full-name keys spelled nearly like `key` (Jaro-Winkler >= {@link FUZZY_THRESHOLD}) with the same last word, with
 * their similarity. Only keys within three characters of its length are compared, and the answer is kept per key:
 * most multi-word names of an article are unknown people, and this runs for each of them.
 */
export const nearSpellings = perIndex((key, index): Array<[string, number]> => {
  const found: Array<[string, number]> = [];
  const others = index.keysEndingWith(lastWord(key));
  if (others.length > MAX_VARIANTS) return found;
  for (const other of others) {
    if (Math.abs(other.length - key.length) > 3) continue;
    const sim = similarity(key, other);
    if (sim >= FUZZY_THRESHOLD && wordsAlike(key, other)) found.push([other, sim]);
  }
  return found;
});
