import type { Doc } from '../../document/doc.js';
import type { Token } from '../../document/types.js';
import type { KbEntry } from '../../kb/types.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import { memoWord } from '../../lang/de/memo.js';
import { PRIORITY, type Candidate } from './candidate.js';
import type { GazetteerIndex } from './gazetteer-index.js';

/** The word without a genitive ending, or undefined when it has none: `Nvidias` -> `Nvidia`, `Siemens'` -> `Siemens`. */
export function stripGenitive(word: string): string | undefined {
  if (/['’]$/.test(word)) return word.slice(0, -1);
  if (!/[^sxzß]s$/.test(word) || word.length <= 3) return undefined;
  // `H20-Chips` is a plural, not the genitive of `H20-Chip`: a compound whose head is a known noun form.
  const head = /[-\u2010\u2011](\p{Lu}[\p{L}]*)$/u.exec(word)?.[1];
  if (head && isCommonNoun(head, { compounds: false })) return undefined;
  return word.slice(0, -1);
}

/**
 * True when `word` is the adjective `base` of a multi-word name with a case ending: `Deutschen` for `Deutsche`
 * (`der Deutschen Bahn`), `Europäischen` for `Europäische`. Only for words before the last one of the name.
 */
export function inflectedAdjective(word: string, base: string): boolean {
  return /e$/.test(base) && word.length === base.length + 1 && word.startsWith(base) && /[nrsm]$/.test(word);
}

/** True when a token can start a name: capitalised, a digit, or a name written in lower case in the KB (`iPhone`). */
function canBeName(token: Token, surface: string): boolean {
  return /^[\p{Lu}\d]/u.test(token.norm) || token.norm === surface;
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
  for (let i = 0; i < t.length; i++) {
    const options = namesOf(t[i].norm);
    for (const { words, entries } of options) {
      const last = i + words.length - 1;
      if (!t[last] || t[last].sentence !== t[i].sentence || !canBeName(t[i], words[0])) continue;
      const ok = words.every((w, k) => t[i + k].norm === w || (k === words.length - 1 ? stripGenitive(t[i + k].norm) === w : inflectedAdjective(t[i + k].norm, w)));
      if (!ok) continue;
      const types = new Set(entries.map((e) => e.type));
      if (types.size !== 1) break;
      const entry = unique(entries);
      out.push({ start: t[i].start, end: t[last].end, type: entries[0].type, kind: 'name', source: 'gazetteer', confidence: entry ? 0.9 : 0.7, priority: PRIORITY.gazetteer + words.length, kbId: entry?.id });
      i = last;
      break;
    }
  }
  return out;
}

type NameOptions = NonNullable<ReturnType<GazetteerIndex['byFirstWord']['get']>>;
const NO_NAMES: NameOptions = [];
const nameMemos = new WeakMap<GazetteerIndex, (word: string) => NameOptions>();

/**
 * The KB names a token can start: by its form, its form without a genitive ending, or without an adjective's
 * case ending (`Deutschen`). Memoised per word and index: this runs on every token.
 */
function namesStartingWith(index: GazetteerIndex): (word: string) => NameOptions {
  let memo = nameMemos.get(index);
  if (!memo) {
    const cached = memoWord((firstWord: string) => {
      const uninflected = /e[nrsm]$/.test(firstWord) ? firstWord.slice(0, -1) : '';
      return index.byFirstWord.get(firstWord) ?? index.byFirstWord.get(stripGenitive(firstWord) ?? '') ?? index.byFirstWord.get(uninflected) ?? NO_NAMES;
    });
    // Every form looked up is the word or the word less its last character, so for a word of three or more
    // characters a name can only start with the word's first two: most words fail that test without a look-up.
    const pairs = new Set<number>();
    for (const key of index.byFirstWord.keys()) if (key.length >= 2) pairs.add(firstPair(key));
    memo = (word) => (word.length >= 3 && !pairs.has(firstPair(word)) ? NO_NAMES : cached(word));
    nameMemos.set(index, memo);
  }
  return memo;
}

/** The first two UTF-16 code units of a word as one number. */
export function firstPair(word: string): number {
  return word.charCodeAt(0) * 65536 + word.charCodeAt(1);
}
