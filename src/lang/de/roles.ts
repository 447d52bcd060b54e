import { mayStartUpper, memoWord } from '../../cache/memo.js';
import { gatedSlot } from '../../cache/word-info.js';
/**
 * Role nouns and titles that stand before a person's name in German news (`Nvidia-Chef Jensen Huang`,
 * `Präsident Donald Trump`, `Sachsens Ministerpräsident Michael Kretschmer`). `head` roles make the person the
 * head of the organisation or place the role is attached to.
 */
export interface RoleInfo {
  head: boolean;
  /** Roles of a place (a state, country or city), as opposed to an organisation. */
  ofPlace: boolean;
}

const HEAD_ORG_STEMS = [
  'chef', 'vorstandschef', 'konzernchef', 'firmenchef', 'vorstandsvorsitzende', 'ceo', 'geschäftsführer', 'leiter',
  'direktor', 'vorsitzende', 'präsident', 'intendant', 'rektor',
];
const HEAD_PLACE_STEMS = [
  'präsident', 'staatspräsident', 'ministerpräsident', 'bundeskanzler', 'kanzler', 'regierungschef', 'staatschef',
  'premierminister', 'premier', 'bürgermeister', 'oberbürgermeister', 'landrat', 'gouverneur', 'könig',
  'regierungschef',
];
const OTHER_STEMS = [
  'sprecher', 'minister', 'politiker', 'abgeordnete', 'senator', 'botschafter', 'trainer', 'kapitän', 'richter',
  'professor', 'forscher', 'analyst', 'ökonom', 'gründer', 'mitgründer', 'aktivist', 'anwalt', 'staatssekretär',
  'generalsekretär', 'vize', 'vizepräsident', 'stellvertreter', 'sänger', 'autor', 'spieler', 'stürmer', 'torhüter',
  'ermittler', 'staatsanwalt', 'unternehmer', 'investor', 'manager', 'ingenieur', 'experte', 'expertin', 'ologe',
  'olog', 'wissenschaftler', 'physiker', 'chemiker', 'historiker', 'mediziner',
  // Issue 16 (real news): `Chefcoach Julian Nagelsmann`, `Spitzenkandidat`, `Schauspieler Tom Hanks`.
  'coach', 'kandidat', 'moderator', 'regisseur', 'schauspieler', 'musiker', 'komiker',
];
// Nobility and church titles are left out of the name as `Papst` is (`Prinz Harry` -> `Harry`; GermEval dev:
// `König Vladislav`, `Bischof Avitus`); not those that are common surnames (`Herzog`, `Graf`, `Kaiser`, `Fürst`).
const TITLES = new Set([
  'Dr.', 'Prof.', 'Herr', 'Frau', 'Herrn', 'Sir', 'Papst', 'Prinz', 'Prinzessin', 'Kronprinz', 'Kronprinzessin',
  'Königin', 'Kaiserin', 'Herzogin', 'Kardinal', 'Bischof', 'Erzbischof', 'Scheich',
]);

/**
 * Lower-case parts of academic degrees after a title, without their period: `Dr. med.`, `Dr. rer. nat.`,
 * `Dr. h. c.`, `Dr. phil. habil.`.
 */
const DEGREE_PARTS = new Set([
  'med', 'rer', 'nat', 'pol', 'phil', 'jur', 'iur', 'dent', 'vet', 'oec', 'theol', 'habil', 'h', 'c', 'mult', 'sc',
  'techn', 'agr', 'pharm', 'paed', 'soc', 'biol', 'publ', 'math', 'ing', 'troph', 'univ', 'medic',
]);

/** True for a lower-case part of an academic degree (`med`, `med.`, `rer`, `h.`): see DEGREE_PARTS. */
export function isDegreePart(word: string): boolean {
  return DEGREE_PARTS.has(word.endsWith('.') ? word.slice(0, -1) : word);
}

/** Strips the feminine `-in`/`-innen` and the adjectival endings `-r`, `-n` of role nouns. */
function stem(word: string): string {
  let w = word.toLowerCase().replace(/[-\u2010\u2011]/g, '');
  w = w.replace(/innen$|in$/, '');
  if (/vorsitzende[rn]?$|abgeordnete[rn]?$|stellvertreter$/.test(w)) w = w.replace(/(vorsitzende|abgeordnete)[rn]?$/, '$1');
  return w.replace(/s$/, '');
}

function endsWithAny(word: string, stems: readonly string[]): boolean {
  return stems.some((s) => word === s || word.endsWith(s));
}

/** Role information of a word (`Chef`, `Ministerpräsidentin`, `Vorstandsvorsitzender`), or undefined. */
function roleOfUncached(word: string): RoleInfo | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  const s = stem(word);
  if (s.length < 3) return undefined;
  if (endsWithAny(s, ['vizepräsident', 'vizekanzler', 'stellvertreter'])) return { head: false, ofPlace: false };
  const place = endsWithAny(s, HEAD_PLACE_STEMS);
  const org = endsWithAny(s, HEAD_ORG_STEMS);
  if (place || org) return { head: true, ofPlace: place && !/chef$|leiter$|direktor$|vorsitzende$/.test(s) };
  if (endsWithAny(s, OTHER_STEMS)) return { head: false, ofPlace: false };
  return undefined;
}

/** Titles that precede a name without being a role (`Dr.`, `Herr`, `Frau`). */
export function isTitle(word: string): boolean {
  // Every title starts with an ASCII capital: other words skip the look-up.
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90 && TITLES.has(word);
}

/** Memoised: see roleOfUncached. */
const roleOfMemo = memoWord(roleOfUncached);

/** Memoised: see roleOfUncached. Words that cannot start with a capital (it returns undefined for them) skip the cache. */
export const roleOf = (word: string): ReturnType<typeof roleOfUncached> => (mayStartUpper(word) ? roleOfMemo(word) : undefined);

/** roleOf of token `i`'s normal form, kept on its WordInfo (for loops over a document's tokens: see TokenWords). */
export const roleOfToken = gatedSlot(mayStartUpper, undefined, roleOf);
