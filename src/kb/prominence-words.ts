/**
 * How the prominence count (scripts/kb/prominence.mjs) matches a name's words in the development text: names of two
 * words or more without diacritics but the German umlauts, case kept (news writes `Ilkay Gündogan`, `Javi Martinez`
 * for the KB's `İlkay Gündoğan`, `Javi Martínez`); one word as written, because folded `Reál`, `Muş` and `Malé`
 * would be `Real`, `Mus` and `Male`, and `Über` must never be `Uber`.
 */
export function matchedWords(words: readonly string[]): string[] {
  return words.length > 1 ? words.map(foldDiacritics) : [...words];
}

/** A word without its diacritics but the umlauts of `ä`, `ö`, `ü` (`Gündoğan` -> `Gündogan`, `Đoković` -> `Đokovic`). */
export function foldDiacritics(word: string): string {
  return word.normalize('NFD').replace(/([aouAOU])\u0308/g, '$1\uffff').replace(/\p{M}+/gu, '').replace(/\uffff/g, '\u0308').normalize('NFC');
}
