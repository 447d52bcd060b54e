import { memoWord } from '../../cache/memo.js';
import { isCommonNoun } from './common-nouns.js';

/**
 * Last parts that make a closed compound a place name as often as a common noun (`Hamburg`, `Rosenheim`,
 * `Neustadt`, `Wolfsburg`): compounds ending in them are never judged common nouns here.
 */
const PLACE_HEADS = /(straße|strasse|platz|allee|weg|gasse|ring|damm|ufer|union|afrika|amerika|asien|europa|mann|burg|berg|dorf|stadt|hausen|bach|feld|furt|hafen|kirchen|brück|brücken|au|tal|wald|hof|ingen|stein|see|land|haus|markt|born|brunn|brunnen|münster|kirch|rode|wang|weiler|horst|feld|dorp|werth|wörth|ach|hain)$/;

/** Compass and size modifiers make place names (`Ostafrika`, `Südstern`, `Nordkreuz`), not common nouns. */
const PLACE_MODIFIERS = /^(nord|süd|ost|west|mittel|ober|unter|groß|klein|alt|neu)/;

/** Linking elements between the parts of a German compound (`Flüchtling-s-heim`, `Schlange-n-linien`). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];

/** True when `part` (lower case) with a linking element removed is a dictionary noun of at least 3 letters. */
function isNounModifier(part: string): boolean {
  for (const link of LINKS) {
    if (link && !part.endsWith(link)) continue;
    const stem = part.slice(0, part.length - link.length);
    if (stem.length >= 3 && isCommonNoun(stem[0].toUpperCase() + stem.slice(1), { compounds: false })) return true;
  }
  return false;
}

/**
 * True for a closed noun+noun compound (`Flüchtlingsheim`, `Hallenbad`, `Schlangenlinien`, `Klinikverbund`):
 * a dictionary noun, optionally with a linking element, then a dictionary noun of at least 4 letters. Such a
 * word is a common noun, not a name, unless something else (the KB) says so. Compounds whose last part often ends
 * place names (`Hamburg`, `Salzburg`, `Rosenheim`) are excluded, and so are words with hyphens or digits.
 */
export const isNounNounCompound = memoWord((word: string): boolean => {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || word.length < 8) return false;
  const lower = word.toLowerCase();
  // `Rosenheim`, `Mannheim` are places, `Flüchtlingsheim`, `Pflegeheim` homes: a long modifier makes a home.
  if (/^[a-zäöüß]{3,7}heim$/.test(lower)) return false;
  if (PLACE_MODIFIERS.test(lower) || PLACE_HEADS.test(lower.replace(/(e?s|e?n)$/, '')) || PLACE_HEADS.test(lower)) return false;
  for (let i = 3; i <= word.length - 4; i++) {
    const head = word[i].toUpperCase() + word.slice(i + 1);
    if (isCommonNoun(head, { compounds: false }) && isNounModifier(lower.slice(0, i))) return true;
  }
  return false;
});
