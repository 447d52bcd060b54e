/**
 * Cheap tests before the cue-word patterns of the relation rules, which would otherwise run on every token: a word
 * can only be a cue when some cue starts with its first code unit and has its length.
 */

/** Every combination of a stem and a suffix: `expand(['Aktionär'], ['', 'in', 's'])`. */
export function expand(stems: readonly string[], suffixes: readonly string[]): string[] {
  return stems.flatMap((stem) => suffixes.map((suffix) => stem + suffix));
}

/** The bit of a length in a mask; lengths of 31 and more share the last bit. */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/**
 * A test that is true for every word in `cues` (and some others): false when no cue has the word's first code unit
 * and length. The callers then run their pattern, whose words must all be in `cues` (see the tests).
 */
export function cueGate(cues: readonly string[]): (word: string) => boolean {
  const latin = new Int32Array(256);
  const other = new Map<number, number>();
  for (const cue of cues) {
    const c = cue.charCodeAt(0);
    if (c < 256) latin[c] |= lengthBit(cue.length);
    else other.set(c, (other.get(c) ?? 0) | lengthBit(cue.length));
  }
  return (word) => {
    const c = word.charCodeAt(0);
    const mask = c < 256 ? latin[c] : other.get(c) ?? 0;
    return (mask & lengthBit(word.length)) !== 0;
  };
}
