import type { Token } from '../../document/types.js';
import { isCommonNoun, isCountableNounForm } from '../../lang/de/common-nouns.js';
import { isNounNounCompound } from '../../lang/de/noun-compounds.js';
import { loadLexicons } from '../../model/lexicons.js';

/** Lower-case words that belong inside person names (`Ursula von der Leyen`, `Ludwig van Beethoven`). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'dos', 'du', 'la', 'le', 'zu', 'zur', 'vom', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'y', 'mc']);

/** A particle glued to a name: `al-Bagdadi`, `as-Sisi`, `d'Estaing`. */
export function isGluedParticle(word: string): boolean {
  return /^(al|el|ad|as|ash|at|an|ar|az|ben|bin|ibn|d|de|di|da|la|le|dell|o)[-'’]\p{Lu}/u.test(word);
}

/** A lower-case word that continues a name: a particle, or a particle glued to a name (`al-Bagdadi`, `d'Estaing`). */
function isParticle(word: string): boolean {
  return PARTICLES.has(word) || isGluedParticle(word);
}

/** True when the word is in the person-name lexicon (first names and surnames, humannames). */
function isKnownName(word: string): boolean {
  return loadLexicons().names.has(word);
}

/** True when the word is a person, city or country name in the lexicons (`Allianz` is not; `Merkel`, `Köln` are). */
export function isLexiconName(word: string): boolean {
  const l = loadLexicons();
  return l.names.has(word) || l.cities.has(word) || l.countries.has(word);
}

/** A common noun that is no known name: `Doppel`, `Profis`, `Konter`, `Gruppenbild` (not `Koch`, `Fischer`). */
function isPlainNoun(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !isKnownName(word) && (isCountableNounForm(word) || isNounNounCompound(word));
}

/**
 * Trims a person span of the tagger (token indices `first..last`, inclusive) to the name: lower-case words at the
 * end (`Rihanna hasst`, `Lorenz halblinks`), a common noun at the start (`Doppel Koolhof`, `Profis Kevin-Prince
 * Boateng`), and the noun after a genitive (`Söders Konter`). Name particles (`von`, `van`, `al-Bagdadi`) stay. Returns the new
 * bounds; `first > last` when nothing is left.
 */
export function trimPersonEdges(tokens: readonly Token[], first: number, last: number): { first: number; last: number } {
  while (last > first && /^\p{Ll}/u.test(tokens[last].norm) && !isParticle(tokens[last].norm)) last--;
  if (last > first && isPlainNoun(tokens[first].norm)) first++;
  const a = tokens[first].norm;
  if (last === first + 1 && /\p{Ll}s$/u.test(a) && !isKnownName(a) && isCommonNoun(tokens[last].norm)) last--;
  return { first, last };
}
