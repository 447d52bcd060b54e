import { CodeFilter } from '../../cache/code-filter.js';

/**
 * A cheap test before the look-up of derived adjectives (40-adjectives.ts): a word is a KB adjective stem plus an
 * ending, lower-cased (`chinesischen` = `chinesisch` + `en`), so it must start like a stem and end like a stem
 * with an ending. Most words of a text fail one of the two without a look-up.
 */

/** A Latin-1 code unit in lower case (as `toLowerCase` has it), or -1 beyond Latin-1. */
export function latin1Lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  return c < 256 ? c : -1;
}

/** The last three code units of a word lower-cased, as one number; -1 when one is beyond Latin-1. */
function lowerTail(word: string): number {
  const n = word.length;
  const a = latin1Lower(word.charCodeAt(n - 3));
  const b = latin1Lower(word.charCodeAt(n - 2));
  const c = latin1Lower(word.charCodeAt(n - 1));
  return a < 0 || b < 0 || c < 0 ? -1 : (a << 16) | (b << 8) | c;
}

/**
 * A test that is false only for words that are no lower-cased `stem + ending`: by the first code unit (words of up
 * to three), the first two (longer words), and the last three with the length. Words with letters beyond Latin-1
 * there pass, and so do words with `İ`, the one letter whose lower case is longer (`i̇`).
 */
export function adjectiveGate(stems: Iterable<string>, endings: readonly string[]): (word: string) => boolean {
  const pairs = new CodeFilter();
  const firsts = new Uint8Array(256);
  const tails = new CodeFilter();
  for (const stem of stems) {
    // An empty stem would make every ending an adjective: nothing can be ruled out.
    if (!stem) return () => true;
    if (stem.length >= 2) pairs.add(stem.charCodeAt(0) * 65536 + stem.charCodeAt(1));
    const c = stem.charCodeAt(0);
    if (c < 256) firsts[c] = 1;
    for (const ending of endings) {
      const form = stem + ending;
      if (form.length >= 3) tails.add(lowerTail(form) * 32 + (form.length & 31));
    }
  }
  return (word) => {
    const a = latin1Lower(word.charCodeAt(0));
    if (a >= 0) {
      if (word.length < 4) {
        if (firsts[a] !== 1) return false;
      } else {
        const b = latin1Lower(word.charCodeAt(1));
        if (b >= 0 && !pairs.has(a * 65536 + b)) return false;
      }
    }
    if (word.length < 3) return true;
    const tail = lowerTail(word);
    return tail < 0 || tails.has(tail * 32 + (word.length & 31)) || word.includes('\u0130');
  };
}
