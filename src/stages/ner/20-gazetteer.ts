import type { Doc } from '../../document/doc.js';
import type { Token } from '../../document/types.js';
import type { KbEntry } from '../../kb/types.js';
import { stripGenitive } from '../../lang/de/genitive.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import { afterIndefinite } from '../../lang/de/indefinite.js';
import { isDemonymPlural } from './demonym-plural.js';
import { mayStartUpper } from '../../cache/memo.js';
import { CodeFilter } from '../../cache/code-filter.js';
import { gatedSlot, tokenWords, type TokenWords } from '../../cache/word-info.js';
import { PRIORITY, type Candidate } from './candidate.js';
import type { GazetteerIndex } from './gazetteer-index.js';

/**
 * True when `word` is the adjective `base` of a multi-word name with another case ending: `Deutschen` for
 * `Deutsche` (`der Deutschen Bahn`), `Europäischen` for `Europäische`; from a strong form, `Weiße`/`Weißen` for
 * `Weißes` (`das Weiße Haus`, `im Weißen Haus`), `Roten` for `Roter` (`Roten Stern`). Only for words before the
 * last one of the name.
 */
export function inflectedAdjective(word: string, base: string): boolean {
  if (/e$/.test(base)) return word.length === base.length + 1 && word.startsWith(base) && /[nrsm]$/.test(word);
  if (!/.[^aeiouäöü]e[sr]$/.test(base) || word === base) return false;
  const stem = base.slice(0, -1);
  return word.startsWith(stem) && (word.length === stem.length || (word.length === base.length && /[nrsm]$/.test(word)));
}

/** True when a word starts with a capital or a digit (`/^[\p{Lu}\d]/u`). */
function startsCapitalOrDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57) || mayStartUpper(word);
}

/** The KB entry a list of candidates points to, when there is exactly one (precision first). */
export function unique(entries: readonly KbEntry[]): KbEntry | undefined {
  return entries.length === 1 ? entries[0] : undefined;
}

/**
 * Longest-match KB names over whole tokens; the last word may carry a genitive ending (`Chinas`, `Donald Trumps`).
 * Ambiguous names keep their type when all candidates agree, and no KB id.
 */
export function findGazetteerNames(doc: Doc, index: GazetteerIndex): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  const namesOf = namesStartingWith(index);
  const tokenWordsOf = tokenWords(t);
  for (let i = 0; i < t.length; i++) {
    const options = namesOf(tokenWordsOf, i);
    // Indexed: most tokens have no options, and this runs on every token.
    // A token can start a name when capitalised, a digit, or a name written in lower case in the KB (`iPhone`).
    const capital = options.length > 0 && startsCapitalOrDigit(t[i].norm);
    for (let o = 0; o < options.length; o++) {
      const { words, entries } = options[o];
      const last = i + words.length - 1;
      if (!t[last] || t[last].sentence !== t[i].sentence || !(capital || t[i].norm === words[0])) continue;
      if (!wordsMatch(t, i, words)) continue;
      if (!oneType(entries)) break;
      // `Vor einer Allianz sollten Unternehmen ...`: a one-word name that is also a noun, used as the noun.
      if (words.length === 1 && afterIndefinite(t, i) && isCommonNoun(t[i].norm, { compounds: false })) break;
      const entry = unique(entries);
      // `die Sachsen`: the people (GermEval's LOCderiv), not the state.
      const kind = entry && words.length === 1 && isDemonymPlural(t, i, entry) ? 'deriv' : 'name';
      out.push({ start: t[i].start, end: t[last].end, type: entries[0].type, kind, source: 'gazetteer', confidence: entry ? 0.9 : 0.7, priority: PRIORITY.gazetteer + words.length, kbId: entry?.id });
      i = last;
      break;
    }
  }
  return out;
}

/** True when the tokens from `i` spell the name's words (the last with a genitive, others inflected adjectives). */
function wordsMatch(t: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const norm = t[i + k].norm;
    if (norm === w) continue;
    if (k === words.length - 1 ? stripGenitive(norm) !== w : !inflectedAdjective(norm, w)) return false;
  }
  return true;
}

/** True when the entries have exactly one type between them. */
export function oneType(entries: readonly KbEntry[]): boolean {
  if (!entries.length) return false;
  for (let k = 1; k < entries.length; k++) if (entries[k].type !== entries[0].type) return false;
  return true;
}

type NameOptions = NonNullable<ReturnType<GazetteerIndex['byFirstWord']['get']>>;
const NO_NAMES: NameOptions = [];
const nameSlots = new WeakMap<GazetteerIndex, (words: TokenWords, i: number) => NameOptions>();
const prefixGates = new WeakMap<GazetteerIndex, (word: string) => boolean>();

/**
 * A test that a word may start like a first word of a KB name: false when the word's first two code units
 * (firstPair) are those of no such word of two or more characters, and for a word of one or two code units, when
 * no such word of one or two starts with its first. Every form namesStartingWith looks up (the word, less a
 * genitive `s` or apostrophe, less an adjective's ending) starts so, and most tokens fail the test.
 */
export function firstWordGate(index: GazetteerIndex): (word: string) => boolean {
  let gate = prefixGates.get(index);
  if (!gate) {
    const pairs = new CodeFilter();
    const shortFirst = new Uint8Array(65536);
    for (const key of index.byFirstWord.keys()) {
      if (key.length >= 2) pairs.add(firstPair(key));
      if (key.length <= 2) shortFirst[key.charCodeAt(0)] = 1;
    }
    gate = (word) => (word.length <= 2 ? shortFirst[word.charCodeAt(0)] === 1 : pairs.has(firstPair(word)));
    prefixGates.set(index, gate);
  }
  return gate;
}

/**
 * The KB names a token can start: by its form, its form without a genitive ending, or without an adjective's
 * case ending (`Deutschen`). Kept per word and index in a WordInfo slot: this runs on every token.
 */
function namesStartingWith(index: GazetteerIndex): (words: TokenWords, i: number) => NameOptions {
  let slot = nameSlots.get(index);
  if (!slot) {
    // Every form looked up is the word or the word less its last character: see firstWordGate.
    slot = gatedSlot(firstWordGate(index), NO_NAMES, (firstWord: string) => {
      const uninflected = /e[nrsm]$/.test(firstWord) ? firstWord.slice(0, -1) : '';
      // The strong forms a weak or other case form may stand for: `Weißen`, `Weiße` -> `Weißes`, `Roten` -> `Roter`.
      const stem = /e[nrsm]?$/.test(firstWord) && firstWord.length > 3 ? firstWord.replace(/e[nrsm]?$/, '') : '';
      const strong = stem ? [`${stem}es`, `${stem}er`].filter((w) => w !== firstWord) : [];
      // All the forms: `Deutschen` starts `Deutschen Fußball-Bund` as it is and `Deutsche Bahn` uninflected.
      const forms = [firstWord, stripGenitive(firstWord) ?? '', uninflected, ...strong];
      const found = forms.map((w) => index.byFirstWord.get(w)).filter((o) => o !== undefined);
      if (found.length <= 1) return found[0] ?? NO_NAMES;
      // Longest names first, as each form's own list is ordered (a stable sort keeps that order among equals).
      return found.flat().sort((a, b) => b.words.length - a.words.length);
    });
    nameSlots.set(index, slot);
  }
  return slot;
}

/**
 * The first two UTF-16 code units of a word as one small integer (a V8 small integer: no heap number to allocate
 * or hash). The first is taken modulo 2^14, so two pairs can share a number: a test with it may pass a pair it
 * should not, never the other way.
 */
export function firstPair(word: string): number {
  return (word.charCodeAt(0) & 0x3fff) * 65536 + word.charCodeAt(1);
}
