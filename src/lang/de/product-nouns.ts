import { mayStartUpper, memoWord } from '../../cache/memo.js';
import { gatedSlot } from '../../cache/word-info.js';
/**
 * Nouns for classes of products (`Smartphone`, `Impfstoff`, `Radpanzer`, `Trägerrakete`) and the words that
 * introduce a model name (`vom Typ`, `der Baureihe`): in `der Corona-Impfstoff Comirnaty` or `Jets vom Typ A350`
 * they announce that the name which follows is a product.
 */
const PRODUCT_HEADS = [
  'typ', 'baureihe', 'modell', 'produktlinie',
  'smartphone', 'handy', 'tablet', 'laptop', 'notebook', 'computer', 'konsole', 'spielkonsole',
  'smartwatch', 'kopfhörer', 'chip', 'prozessor', 'grafikkarte', 'halbleiter', 'software', 'betriebssystem', 'app',
  'assistent', 'chatbot', 'sprachmodell', 'suchmaschine', 'browser', 'impfstoff', 'medikament',
  'arzneimittel', 'krebsmittel', 'schmerzmittel', 'heilmittel', 'präparat', 'wirkstoff', 'abnehmspritze', 'panzer', 'radpanzer', 'kampfpanzer', 'schützenpanzer',
  'kampfjet', 'kampfflugzeug', 'jet', 'flugzeug', 'hubschrauber', 'drohne', 'rakete', 'trägerrakete', 'marschflugkörper',
  'haubitze', 'satellit', 'raumsonde', 'sonde', 'teleskop', 'raumschiff', 'raumkapsel', 'auto', 'elektroauto',
  'fahrzeug', 'geländewagen', 'limousine', 'kleinwagen', 'suv', 'sportwagen', 'transporter', 'lkw',
  'hochgeschwindigkeitszug', 'triebzug', 'lokomotive', 'turbine', 'windturbine', 'windrad', 'triebwerk',
];

/** Inflection endings stripped before the look-up: `Impfstoffs`, `Assistenten`, `Raketen`, `Satelliten`. */
const ENDINGS = /(en|es|e|n|s)$/;

/**
 * Heads that are English words too (`Jet Propulsion Laboratory`, `Microfluidic Chip Shop`): they announce a product
 * only inside a German compound (`KI-Chip`, `Speicherchip`, `Lernsoftware`), never alone.
 */
const SHARED_WITH_ENGLISH = new Set(['jet', 'chip', 'app', 'software', 'computer', 'browser', 'tablet', 'laptop', 'notebook', 'smartphone', 'chatbot', 'suv', 'auto']);

/** The heads by their last code unit, each with whether it is an English word too: a word is tested against few. */
const HEADS_BY_LAST = new Map<number, Array<{ head: string; shared: boolean }>>();
for (const head of PRODUCT_HEADS) {
  const code = head.charCodeAt(head.length - 1);
  if (!HEADS_BY_LAST.has(code)) HEADS_BY_LAST.set(code, []);
  HEADS_BY_LAST.get(code)?.push({ head, shared: SHARED_WITH_ENGLISH.has(head) });
}

/** True when the word, or the last part of a compound, names a product class (`KI-Assistenten`, `Trägerrakete`). */
function isProductNounUncached(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  const last = lower.replace(/^.*[-\u2010\u2011]/, '');
  const hyphen = last !== lower;
  for (const f of [last, last.replace(ENDINGS, '')]) {
    // Only heads with the form's last code unit can end it.
    for (const { head: h, shared } of HEADS_BY_LAST.get(f.charCodeAt(f.length - 1)) ?? []) {
      if (shared ? f.endsWith(h) && (hyphen || f.length > h.length) : f === h || (h.length >= 5 && f.endsWith(h))) return true;
    }
  }
  return false;
}

/**
 * Letter-digit codes that are not product names: chemical formulas, groups of states, network generations,
 * diseases, conferences, quarters and halves of a year, roads, lines and paper sizes (single letter and one or
 * two digits: `A1`, `B96`, `U2`, `S1`, `Q3`, `H1`, `A4`).
 */
const NOT_PRODUCTS = new Set(['CO2', 'NO2', 'SO2', 'H2O', 'CH4', 'N2O', 'PM10', 'COVID-19', 'Covid-19', 'SARS-CoV-2', 'B2B', 'B2C', 'MP3', 'F1', 'E10', 'E5']);

/** True for a letter-digit model code such as `A330neo`, `iX3`, `MTG-S1`, `ID.3`, `S7-1500`; false for stop codes. */
export function isModelCode(text: string): boolean {
  if (!/^\p{L}[\p{L}\d]*(?:[-.][\p{L}\d]+)*$/u.test(text) || !/\d/.test(text) || text.length < 3) return false;
  // `A1`, `U2`, `Q3`; `B2B`, `M2M`.
  if (NOT_PRODUCTS.has(text) || /^\p{Lu}\d{1,2}$/u.test(text) || /^\p{L}\d\p{L}$/u.test(text)) return false;
  // Securities and serial numbers (`ISIN: DE0005408884`): six digits in a row make an identifier, not a model name.
  if (/\d{6}/.test(text)) return false;
  // Groups of states and conferences (`G20`, `COP30`), youth teams (`U21`), generations (`5G` starts with a digit).
  return !/^(G|COP|U|BRICS|Euro)\d+$/i.test(text);
}

/** Words after a product name that belong to it: `iPhone Air`, `Galaxy S25 Ultra`, `A320neo`, `737 Max`. */
export const PRODUCT_SUFFIXES: ReadonlySet<string> = new Set(['Air', 'Pro', 'Max', 'Mini', 'Plus', 'Ultra', 'Lite', 'SE', 'neo', 'Neo', 'Evo', 'Sport', 'Edge', 'Fold', 'Flip']);

/** Memoised: see isProductNounUncached. */
const isProductNounMemo = memoWord(isProductNounUncached);

/** Memoised: see isProductNounUncached. Words that cannot start with a capital (it returns false for them) skip the cache. */
export const isProductNoun = (word: string): ReturnType<typeof isProductNounUncached> => (mayStartUpper(word) ? isProductNounMemo(word) : false);

/** isProductNoun of token `i`'s normal form, kept on its WordInfo (for loops over a document's tokens: see TokenWords). */
export const isProductNounToken = gatedSlot(mayStartUpper, false, isProductNoun);
