import type { Doc } from '../../document/doc.js';
import { firstStartingAt } from '../../document/offsets.js';
import { ABBREVIATIONS } from '../../lang/de/abbreviations.js';
import { isCommonNoun, isCountableNounForm } from '../../lang/de/common-nouns.js';
import { isNounNounCompound } from '../../lang/de/noun-compounds.js';
import { announcesNoun } from '../../lang/de/determiners.js';
import { afterIndefinite } from '../../lang/de/indefinite.js';
import { isDiseaseMention } from '../../lang/de/diseases.js';
import { isFieldLabel } from '../../lang/de/field-labels.js';
import { isOrganisationNoun } from '../../lang/de/organisation-nouns.js';
import { isProductNoun } from '../../lang/de/product-nouns.js';
import { isTitle, roleOf } from '../../lang/de/roles.js';
import { CAPITALISED_STOP_WORDS } from '../../lang/de/stop-words.js';
import { gatedSlot, tokenWords, type TokenWords } from '../../cache/word-info.js';
import { insideTitle, titleLength } from './50-role-names.js';
import { splitAtBrackets } from './bracket-split.js';
import { splitAtConjunctions } from './coordination-split.js';
import { joinNounAndName } from './noun-name-join.js';
import { joinNicknames } from './nickname-join.js';
import { namedSpans, type FilterContext } from './named-spans.js';
import { placeOfOrganisation } from './place-of-organisation.js';
import { trimPersonEdges } from './person-edges.js';
import { PRIORITY, type Candidate } from './candidate.js';

/** What the filter needs to know beyond the text. */
export interface ModelFilterContext {
  /** True for a demonym noun of a KB place in any inflection (`Italiener`, `Franzosen`, `Schweizerin`). */
  isDemonym(word: string): boolean;
  /** Candidates of the other sources: a one-word person is trusted when it is part of a longer person name. */
  others: readonly Candidate[];
}

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
const describer = gatedSlot(() => true, undefined, describerUncached);

/**
 * True for text that is never a name on its own: numbers, roman numerals, abbreviations with their period, and
 * identifiers with six digits in a row (`DE0005408884`, an ISIN).
 */
function neverAName(text: string): boolean {
  return /^[\d.,/]+$/.test(text) || /\d{6}/.test(text) || /^[IVXLC]+\.?$/.test(text) || ABBREVIATIONS.has(text.toLowerCase()) || !/\p{L}/u.test(text);
}

/**
 * Cleans the learned tagger's mentions, which treat many capitalised common nouns as names. Describing words at
 * the edges are cut off (`Hydrologin Prof.` -> nothing, `Radpanzer Boxer` -> `Boxer`, `Rivalen Curevac` ->
 * `Curevac`); single words that are common-noun forms (`Triebwerken`, `Klausel`), roles (`Projektleiter`),
 * abbreviations (`Dr.`, `Nr.`) or demonym nouns (`die Italiener`) are dropped. A one-word person that is no part
 * of a longer person name in the article takes its type from the noun before it: `Hersteller Vestas` is ORG,
 * `Impfstoff Comirnaty` a PRODUCT; the type then holds for the same word elsewhere in the article. Spans are cut
 * at brackets; diseases (`Corona-Zeiten`), interjections (`Tja`) and noun+noun compounds after a determiner
 * (`vor dem Flüchtlingsheim`) are dropped; person spans are trimmed to the name (`person-edges.ts`).
 */
export function filterModelMentions(doc: Doc, candidates: readonly Candidate[], outer: ModelFilterContext): Candidate[] {
  const context: FilterContext = { ...outer, named: namedSpans(outer.others) };
  const kept: Array<{ c: Candidate; cue?: 'ORG' | 'PRODUCT' }> = [];
  const words = tokenWords(doc.tokens);
  for (const c of splitAtConjunctions(doc, splitAtBrackets(doc, joinNicknames(doc, joinNounAndName(doc, candidates))))) {
    // The tokens inside the candidate: a run from the first one starting in it (tokens are ordered, non-overlapping).
    const from = firstStartingAt(doc.tokens, c.start);
    let to = from;
    while (to < doc.tokens.length && doc.tokens[to].end <= c.end) to++;
    if (isDiseaseMention(doc.text.slice(c.start, c.end))) continue;
    if (c.kind === 'part' || to === from) {
      if (!neverAName(doc.text.slice(c.start, c.end))) kept.push({ c });
      continue;
    }
    let first = 0;
    let last = to - from - 1;
    let cue = cueBefore(doc, words, from);
    for (let k = 0; k < last; k++) {
      const d = describer(words, from + k);
      // Titles and roles are cut only at the start; a describing noun is part of a name of its own type
      // (`Verlag Paul Haupt`, `Baureihe M 120.3` as OTH), elsewhere it is cut with all before it.
      // `Premier-League-Club FC Sunderland`: a hyphenated describer is a description even of its own type.
      // Not before a lower-case word: `Max-Planck-Institut für Plasmaphysik` is the name.
      const hyphenated = k === first && d === 'ORG' && c.type === 'ORG' && /[-\u2010\u2011]/.test(doc.tokens[from + k].norm) && /^[\p{Lu}\d]/u.test(doc.tokens[from + k + 1].norm);
      if ((d === 'other' && k === first) || hyphenated || (d && d !== 'other' && d !== c.type && !(d === 'PRODUCT' && c.type === 'OTH'))) {
        first = k + 1;
        if (d !== 'other') cue = d;
      }
    }
    // `US Open Bild: EPA`: a photo credit's label after a name is no part of it.
    while (last >= first && (describer(words, from + last) === 'other' || isFieldLabel(doc.tokens, from + last))) last--;
    // `WKN: 540888`: a field label and its colon opening the span label the value after them.
    while (first + 1 <= last && isFieldLabel(doc.tokens, from + first)) first += 2;
    if (c.type === 'PER' && last > first) ({ first, last } = shift(trimPersonEdges(doc.tokens, from + first, from + last), from));
    let type = c.type;
    if (type === 'ORG') ({ first, type } = placeOfOrganisation(doc.tokens, from, first, last));
    if (last < first) continue;
    const span: Candidate = { ...c, type, start: doc.tokens[from + first].start, end: doc.tokens[from + last].end };
    if (neverAName(doc.text.slice(span.start, span.end))) continue;
    // `Dr` `.` as pre-tokenized text splits a title: never a name
    if (first === last && titleLength(doc.tokens, from + first) >= 2) continue;
    // `Herr Dr. med. Weber`: `med` is part of the title before it, never a name.
    if (first === last && insideTitle(doc.tokens, from + first)) continue;
    if (first === last && !keepSingleWord(doc, words, from + first, c, context)) continue;
    kept.push({ c: span, cue: first === last ? cue : undefined });
  }
  // Words of longer person names (after trimming): `Rohrbach` after `Anna Rohrbach` stays a person.
  const personWords = new Set<string>();
  const addPersonWords = (c: Candidate) => {
    if (c.type !== 'PER') return;
    const words = doc.text.slice(c.start, c.end).split(/\s+/);
    if (words.length > 1) for (const w of words) personWords.add(w);
  };
  for (const c of context.others) addPersonWords(c);
  for (const k of kept) addPersonWords(k.c);
  for (const k of kept) if (k.cue && personWords.has(doc.text.slice(k.c.start, k.c.end))) k.cue = undefined;
  const retyped = new Map<string, Candidate['type']>();
  for (const { c, cue } of kept) if (cue && c.type === 'PER') retyped.set(doc.text.slice(c.start, c.end), cue);
  return kept.map(({ c }) => {
    const type = c.type === 'PER' && c.kind === 'name' ? retyped.get(doc.text.slice(c.start, c.end).replace(/['’]?s$/, '')) ?? retyped.get(doc.text.slice(c.start, c.end)) : undefined;
    return type ? { ...c, type, priority: PRIORITY.modelRetyped } : c;
  });
}

/** Token bounds made relative to `from`. */
function shift(b: { first: number; last: number }, from: number): { first: number; last: number } {
  return { first: b.first - from, last: b.last - from };
}

/** The kind of noun right before token `i` (the last part of a compound: `Corona-Impfstoff`, `Tübinger Rivalen`). */
function cueBefore(doc: Doc, words: TokenWords, i: number): 'ORG' | 'PRODUCT' | undefined {
  const token = doc.tokens[i];
  const previous = doc.tokens[i - 1];
  if (!previous || previous.sentence !== token.sentence) return undefined;
  const d = describer(words, i - 1);
  return d === 'other' ? undefined : d;
}

function keepSingleWord(doc: Doc, words: TokenWords, i: number, c: Candidate, context: FilterContext): boolean {
  const token = doc.tokens[i];
  const w = token.norm;
  if (neverAName(w) || CAPITALISED_STOP_WORDS.has(w) || describer(words, i) === 'other') return false;
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
