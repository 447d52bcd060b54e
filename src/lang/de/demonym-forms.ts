/**
 * How German forms the demonym of a place (issue 16, `src/stages/ner/demonym-index.ts`): from the place's name, each
 * `[name ending, demonym ending]` tried in turn, every pair that fits giving a candidate (a wrong one, `Haller`
 * for Halle, is a form news never writes). The demonym in -er is the person and the invariant adjective at once
 * (`die Liechtensteiner`, `der Weimarer Verfassung`); its feminine adds `-in` (`Wienerin`). The third field says
 * whether the rule may be read backwards, from a word to a town of the link-only tables: not those that make common
 * nouns of villages' names (`Mutter` from Mutten, `Kader` from Kaden, `Wasser` from Wassen).
 */
export const NAME_DEMONYM_ENDINGS: ReadonlyArray<readonly [string, string, boolean]> = [
  ['ingen', 'inger', true], // Gutmadingen -> Gutmadinger, Tübingen -> Tübinger
  ['hausen', 'hauser', true], // Schaffhausen -> Schaffhauser
  ['land', 'länder', true], // Sauerland -> Sauerländer, Saarland -> Saarländer
  ['tal', 'täler', true], // Kinzigtal -> Kinzigtäler
  ['en', 'ener', true], // Waren -> Warener, Essen -> Essener
  ['en', 'er', false], // Bremen -> Bremer
  ['e', 'er', false], // Schalke -> Schalker
  ['', 'er', true], // Liechtenstein -> Liechtensteiner, Weimar -> Weimarer, Nassau -> Nassauer, Reinach -> Reinacher
];

/**
 * From a place's adjective stem (the KB's `adjectives`, `katalanisch`): `[adjective ending, demonym ending]`, the
 * masculine noun (`katalanisch` -> `Katalane`, `korsisch` -> `Korse`, `sizilianisch` -> `Sizilianer`).
 */
export const ADJECTIVE_DEMONYM_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['anisch', 'aner'], // sizilianisch -> Sizilianer, neapolitanisch -> Neapolitaner
  ['isch', 'e'], // katalanisch -> Katalane, korsisch -> Korse, ostfriesisch -> Ostfriese
];

/** Demonyms no rule above derives (masculine and feminine), by the place's German name in the KB. */
export const IRREGULAR_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  Zypern: ['Zypriot', 'Zypriotin'],
  Rom: ['Römer', 'Römerin'],
  Elsass: ['Elsässer', 'Elsässerin'],
  Flandern: ['Flame', 'Flamin', 'Flämin'],
  Baskenland: ['Baske', 'Baskin'],
  München: ['Münchner', 'Münchnerin'],
  Dresden: ['Dresdner', 'Dresdnerin'],
  Halle: ['Hallenser', 'Hallenserin'],
};

/**
 * Word parts before a hyphen that leave a demonym a demonym (`Ost-Berliner`, `Deutsch-Türken`, `Exil-Iraner`): points
 * of the compass, origins and status. A place's name there makes something else (`Hamburg-Mannheimer`, an insurer).
 */
export const HYPHEN_DEMONYM_PREFIXES: ReadonlySet<string> = new Set(
  ('Ost West Nord Süd Nordost Nordwest Südost Südwest Mittel Zentral Exil Ex Auslands Wahl Deutsch Afro Anglo Euro ' +
    'Franko Italo Austro Russland Latein').split(' '),
);

/**
 * Endings of demonyms in -er whose stem ends as German place names do (`Gutmadinger` of Gutmadingen, `Höhenberger`,
 * `Pinzgauer`, `Kinzigtäler`): a town no table holds still shows in them. Used only where a demonym stands
 * (42-demonym-nouns.ts), since surnames end so too (`Bamberger`).
 */
export const TOPONYM_DEMONYM_ENDINGS: readonly string[] = [
  'inger', 'berger', 'burger', 'dorfer', 'gauer', 'heimer', 'hauser', 'felder', 'städter', 'täler', 'bacher', 'hofener',
];
