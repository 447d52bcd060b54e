/**
 * German news spells Russian, Ukrainian and Belarusian names in the German transliteration (`Poroschenko`,
 * `Nemzow`, `Scharapowa`, `Jazenjuk`); Wikidata's labels in the KB's tables are mostly the English one
 * (`Poroshenko`, `Nemtsov`, `Sharapova`, `Yatsenyuk`). The rules below map the first to the second, on folded
 * keys (lower case, no diacritics; src/stages/link/fold.ts), in this order: the `sch` and `ch` family first
 * (through placeholders, so that the `ch` of `tsch` is not read again), then single letters, then endings.
 */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/schtsch/g, '\u0001'], // Chruschtschow -> Khrushchev
  [/tsch/g, '\u0002'], // Gorbatschow -> Gorbachev
  [/sch/g, '\u0003'], // Poroschenko -> Poroshenko
  [/ch/g, 'kh'], // Chodorkowski -> Khodorkovsky, Tichon -> Tikhon
  [/\u0001/g, 'shch'],
  [/\u0002/g, 'ch'],
  [/\u0003/g, 'sh'],
  [/w/g, 'v'], // Lawrow -> Lavrov
  [/ij\b/g, 'iy'], // Arsenij -> Arseniy
  [/j/g, 'y'], // Jazenjuk -> Yatsenyuk
  [/z/g, 'ts'], // Nemzow -> Nemtsov
  [/(?<=[aeiouy])s(?=[aeiouy])/g, 'z'], // Nasarbajew -> Nazarbayev
  [/ss/g, 's'], // Wassili -> Vasili
  [/ski\b/g, 'sky'], // Chodorkowski -> Khodorkovsky
];

/**
 * The English transliteration of a folded name written in the German one (`petro poroschenko` ->
 * `petro poroshenko`); the key unchanged when no rule applies.
 */
export function englishTransliteration(key: string): string {
  let out = key;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}

/**
 * The English spellings a German-transliterated name may have: {@link englishTransliteration}, and for a surname
 * ending in `-schow`/`-tschow` also the `-ev` form: German writes the Russian `ё` there as `o`, English as `e`
 * (`Gorbatschow` -> `Gorbachev`, `Chruschtschow` -> `Khrushchev`); both are tried, since a `-schow` may be an `o`.
 */
export function englishTransliterations(key: string): string[] {
  const english = englishTransliteration(key);
  const yo = english.replace(/(?<=[cs]h)ov(a?)$/, 'ev$1');
  return yo === english ? [english] : [english, yo];
}
