/**
 * The key a name is looked up by when linking: NFC, lower case, without diacritics (`Erdoğan` = `Erdogan`,
 * `Müller` = `Muller`), `ß` as `ss`, and every run of other characters (hyphens, dots, apostrophes, spaces) as one
 * space, so that `Robert Koch-Institut`, `Robert-Koch-Institut` and `ROBERT KOCH INSTITUT` share a key. Names of
 * up to four characters are kept as written (only NFC and punctuation as spaces).
 */
export function foldKey(name: string): string {
  let key = folded.get(name);
  if (key === undefined) {
    if (folded.size >= 100_000) folded.clear();
    folded.set(name, (key = fold(name)));
  }
  return key;
}

// Names recur from article to article: each is folded once (normalisation and three regular expressions).
const folded = new Map<string, string>();

function fold(name: string): string {
  // Acronyms keep case and diacritics: `SZ` (Süddeutsche Zeitung) is not `SŽ` (a Czech railway), nor `Sz`.
  if (name.length <= 4) return name.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The last word of a folded key (`angela merkel` -> `merkel`). */
export function lastWord(key: string): string {
  const space = key.lastIndexOf(' ');
  return space < 0 ? key : key.slice(space + 1);
}
