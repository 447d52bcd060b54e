import type { KbEntry } from '../../kb/types.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import type { GazetteerIndex } from './gazetteer-index.js';

/** Shortest head after a country's name: `Katarakt` is no compound of Katar and `Akt`. */
const MIN_HEAD = 4;

/**
 * A closed compound of a country's name and a common noun (`Ukrainekrise`, `Russlandsanktionen`, `Chinareise`,
 * `Irankrieg`): GermEval's LOCpart on the country's form. Countries only: a city name starts common words too
 * (`Essensausgabe`, `Hofeinfahrt`). The country's form and its entry, or undefined.
 */
export function countryCompound(word: string, index: GazetteerIndex): { length: number; entry: KbEntry } | undefined {
  for (let i = word.length - MIN_HEAD; i >= 3; i--) {
    const entries = index.compoundForms.get(word.slice(0, i));
    if (entries?.length !== 1 || entries[0].schemaType !== 'Country') continue;
    const head = word[i].toUpperCase() + word.slice(i + 1);
    if (isCommonNoun(head)) return { length: i, entry: entries[0] };
  }
  return undefined;
}
