/**
 * Heads of the names of treaties, conferences and other events named after a place in -er (`Pariser Klimaabkommen`,
 * `Wiener Kongress`, `Münchner Abkommen`, `Maastrichter Vertrag`, `Potsdamer Konferenz`): with such a head the place
 * adjective opens an OTH name (GermEval: named treaties and historical events), it is no LOCderiv of its own. Matched
 * as the last part of the word (`Klimaabkommen`, `Friedensvertrag`), lower case.
 */
export const TREATY_HEADS: readonly string[] = [
  'abkommen', 'vertrag', 'verträge', 'verträgen', 'vertrages', 'vertrags', 'konferenz', 'kongress', 'kongresses',
  'frieden', 'friedens', 'protokoll', 'protokolls', 'konvention', 'erklärung', 'übereinkommen', 'übereinkunft',
];

/** True when `word` ends in a treaty or event head of {@link TREATY_HEADS} (`Klimaabkommen`, `Vertrag`). */
export function isTreatyNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return TREATY_HEADS.some((head) => lower.endsWith(head));
}
