import type { Doc } from '../../document/doc.js';
import { ABBREVIATIONS } from '../../lang/de/abbreviations.js';
import { COMMON_ACRONYMS } from '../../lang/de/common-acronyms.js';
import { isCommonNoun, isCountableNounForm } from '../../lang/de/common-nouns.js';
import { isNounNounCompound } from '../../lang/de/noun-compounds.js';
import { announcesNoun } from '../../lang/de/determiners.js';
import { afterIndefinite } from '../../lang/de/indefinite.js';
import { isOrganisationNoun } from '../../lang/de/organisation-nouns.js';
import { isProductNoun } from '../../lang/de/product-nouns.js';
import { isTitle, roleOf } from '../../lang/de/roles.js';
import { CAPITALISED_STOP_WORDS } from '../../lang/de/stop-words.js';
import { gatedSlot, type TokenWords } from '../../cache/word-info.js';
import type { FilterContext } from './named-spans.js';
import type { Candidate } from './candidate.js';

/** Abbreviations that belong to names: `St. Louis`, `St. Veit an der Glan`, `Mt. Everest`. */
const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['St.', 'Ste.', 'Mt.', 'Ft.']);

/** A word that describes rather than names: a title, an abbreviation, a role, organisation or product noun. */
function describerUncached(word: string): 'ORG' | 'PRODUCT' | 'other' | undefined {
  // Initials (`A.`, `G.`) belong to names; longer abbreviations (`Nr.`, `Dr.`) do not.
  // `St.` (Sankt) opens names (`St. Louis`, `FC St. Pauli`): no describer.
  if (isTitle(word) || (ABBREVIATIONS.has(word.toLowerCase()) && !/^\p{Lu}\.$/u.test(word) && !NAME_ABBREVIATIONS.has(word))) return 'other';
  // Before the roles: `Finanzinvestor` is both, and one word after it is a company.
  if (isProductNoun(word)) return 'PRODUCT';
  if (isOrganisationNoun(word)) return 'ORG';
  return roleOf(word) ? 'other' : undefined;
}

/** describerUncached, kept per word in a WordInfo slot. */
export const describer = gatedSlot(() => true, undefined, describerUncached);

/**
 * True for text that is never a name on its own: numbers, roman numerals, abbreviations with their period, and
 * identifiers with six digits in a row (`DE0005408884`, an ISIN).
 */
export function neverAName(text: string): boolean {
  return /^[\d.,/]+$/.test(text) || /\d{6}/.test(text) || /^[IVXLC]+\.?$/.test(text) || ABBREVIATIONS.has(text.toLowerCase()) || !/\p{L}/u.test(text);
}

/** The kind of noun right before token `i` (the last part of a compound: `Corona-Impfstoff`, `Tübinger Rivalen`). */
export function cueBefore(doc: Doc, words: TokenWords, i: number): 'ORG' | 'PRODUCT' | undefined {
  const token = doc.tokens[i];
  const previous = doc.tokens[i - 1];
  if (!previous || previous.sentence !== token.sentence) return undefined;
  const d = describer(words, i - 1);
  return d === 'other' ? undefined : d;
}

/**
 * Whether a one-word learned mention stays: not a number, stop word, acronym of a common noun (`SSD`, `THC`) or
 * describing word, not a noun made a name by
 * its compound, determiner or indefinite article (`die Chipfabrik`, `mit neuen Triebwerken`), demonyms only as `deriv`.
 */
export function keepSingleWord(doc: Doc, words: TokenWords, i: number, c: Candidate, context: FilterContext): boolean {
  const token = doc.tokens[i];
  const w = token.norm;
  if (neverAName(w) || CAPITALISED_STOP_WORDS.has(w) || COMMON_ACRONYMS.has(w) || describer(words, i) === 'other') return false;
  // `KI-Chips`, `Batterie-Zellen` as a whole name: an abbreviation or noun before a countable noun names no
  // one; a name inside it is a `part`, found by the compound rules.
  const compoundParts = /^([\p{L}]+)[-\u2010\u2011](\p{Lu}\p{Ll}+)$/u.exec(w);
  if (c.kind === 'name' && compoundParts && isCountableNounForm(compoundParts[2])) {
    const modifier = compoundParts[1];
    if (/^\p{Lu}{2,4}$/u.test(modifier) || isCommonNoun(modifier, { compounds: false })) return false;
  }
  // `vor einer Allianz`, `eine neue, breite Allianz`: a noun after an indefinite determiner is the noun.
  if (c.kind === 'name' && afterIndefinite(doc.tokens, i) && isCommonNoun(w, { compounds: false })) return false;
  const previous = doc.tokens[i - 1];
  const afterDeterminer = previous !== undefined && previous.sentence === token.sentence && announcesNoun(previous.norm);
  // `vor dem Flüchtlingsheim`, `seinem Stammklub`: after a determiner a noun+noun compound is a common noun unless
  // another source (the KB) names the same span; a person only when its head describes (`die Gaskonzerne`).
  // Without a determiner such compounds are often names (`in Königswinter`, `Siebenbürgen`, `von Kraftwerk`).
  if (afterDeterminer && c.kind === 'name' && isNounNounCompound(w) && (c.type !== 'PER' || describer(words, i)) && !context.named(c)) return false;
  if (context.isDemonym(w)) {
    // `Schweizer Hersteller` and the noun `der Schotte` are `deriv` of the place (GermEval: LOCderiv), never the
    // place itself; `den Niederländer Jeremie Frimpong` describes the person that follows, as a role does.
    const next = doc.tokens[i + 1];
    const beforeName = next !== undefined && next.sentence === token.sentence && /^\p{Lu}/u.test(next.norm);
    return c.kind === 'deriv' && !(afterDeterminer && beforeName);
  }
  // `mit neuen Triebwerken`: a countable noun used as a noun. `die Chipfabrik`: a noun compound is no person and
  // no work or event; place and organisation names often are compounds (`die Hofburg`, `die Bundesärztekammer`).
  // Evaluated only when needed (after a determiner): the dictionary look-ups are the costly part.
  const compound = () => (c.type === 'PER' || c.type === 'OTH') && !isCommonNoun(w, { compounds: false }) && isCommonNoun(w);
  if (afterDeterminer && /^\p{Lu}/u.test(w) && (isCountableNounForm(w) || compound())) return false;
  return true;
}
