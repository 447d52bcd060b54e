import { mayStartUpper, memoWord } from '../../cache/memo.js';
/**
 * Head nouns that describe an organisation (`Konzern`, `Techriese`, `Chiphersteller`): in `US-Techriese Nvidia` or
 * `der Münchner Konzern Siemens` they announce the name that follows, and carry the place it is based in.
 */
const ORG_HEADS = [
  'konzern', 'riese', 'hersteller', 'unternehmen', 'firma', 'bauer', 'bank', 'gruppe', 'versicherer', 'anbieter',
  'händler', 'kette', 'startup', 'start-up', 'zulieferer', 'produzent', 'entwickler', 'betreiber', 'dienstleister',
  'verlag', 'sender', 'airline', 'fluggesellschaft', 'reederei', 'versorger', 'verband', 'partei', 'gewerkschaft',
  'behörde', 'ministerium', 'agentur', 'institut', 'club', 'klub', 'verein', 'holding', 'marke', 'discounter',
  'pharmariese', 'autobauer', 'chipkonzern', 'chiphersteller', 'werft', 'investor', 'fonds', 'plattform',
  // Nouns of competition and trade that name a company in news (`Rivale Curevac`, `Marktführer Vestas`,
  // `Auftragsfertiger TSMC`); they describe people too, but a person is introduced with a full name.
  'rival', 'rivale', 'konkurrent', 'wettbewerber', 'partner', 'spezialist', 'marktführer', 'logistiker', 'fertiger',
  'ausrüster', 'lieferant', 'vermieter', 'vermarkter', 'versender', 'brauerei', 'molkerei', 'kellerei', 'reederei',
  'gesellschaft', 'genossenschaft', 'vermögensverwalter', 'finanzdienstleister', 'geldhaus', 'sparkasse', 'kasse',
  'caterer', 'mobilfunker', 'netzbetreiber', 'energieversorger', 'stromversorger', 'rüstungskonzern',
];

/** True when the word is a noun for an organisation (`Chipkonzern`, `US-Techriese`, `Autobauers`). */
function isOrganisationNounUncached(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const w = word.toLowerCase().replace(/^.*[-\u2010\u2011]/, '').replace(/(e?s|e?n)$/, '');
  const full = word.toLowerCase().replace(/^.*[-\u2010\u2011]/, '');
  return ORG_HEADS.some((h) => w.endsWith(h) || full.endsWith(h));
}

/** Memoised: see isOrganisationNounUncached. */
const isOrganisationNounMemo = memoWord(isOrganisationNounUncached);

/** Memoised: see isOrganisationNounUncached. Words that cannot start with a capital (it returns false for them) skip the cache. */
export const isOrganisationNoun = (word: string): ReturnType<typeof isOrganisationNounUncached> => (mayStartUpper(word) ? isOrganisationNounMemo(word) : false);

/**
 * Generic authorities that every town has (`Polizei`, `Feuerwehr`, `Staatsanwaltschaft`): not names (GermEval dev
 * labels `Polizei` O every time, and so do the real-news guidelines); `die Polizei Daun` names the place only.
 */
const GENERIC_AUTHORITIES: ReadonlySet<string> = new Set([
  'Polizei', 'Feuerwehr', 'Berufsfeuerwehr', 'Staatsanwaltschaft', 'Kripo', 'Kriminalpolizei', 'Stadtverwaltung',
  'Gemeindeverwaltung', 'Kreisverwaltung',
]);

/** True for a generic authority noun (`Polizei`, `Feuerwehr`): see GENERIC_AUTHORITIES. */
export function isGenericAuthority(word: string): boolean {
  return GENERIC_AUTHORITIES.has(word);
}

/**
 * Venues named as places: a name that opens or ends with one is a place (`Berliner Olympiastadion`,
 * `Zoo Leipzig`, `Allianz Arena`), as the real-news guidelines and GermEval dev (`Osnatel-Arena` LOC) read them.
 */
const VENUE = /(stadion|arena|zoo|tierpark)$/i;

/** True for a venue noun (`Olympiastadion`, `Zoo`, `Osnatel-Arena`): see VENUE. */
export function isVenueNoun(word: string): boolean {
  return /^\p{Lu}/u.test(word) && VENUE.test(word);
}
