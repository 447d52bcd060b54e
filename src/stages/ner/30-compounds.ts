import type { Doc } from '../../document/doc.js';
import { isOrganisationNoun } from '../../lang/de/organisation-nouns.js';
import { mayStartUpper } from '../../cache/memo.js';
import { gatedSlot, tokenWords, type TokenWords } from '../../cache/word-info.js';
import { roleOf } from '../../lang/de/roles.js';
import { PRIORITY, type Candidate } from './candidate.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { oneType, unique } from './20-gazetteer.js';
import { countryCompound } from './country-compounds.js';

/**
 * Names inside words. Hyphen compounds: a part that is a KB name or compound form (`Nvidia-Chef`, `US-Regierung`,
 * `China-Besuch`). Closed compounds: a KB form followed by a role or organisation noun (`Bahnchef`,
 * `Siemenskonzern`), only with such heads, because `Bahnhof` is not about a railway company; a country's name
 * followed by any common noun (`Ukrainekrise`).
 */
export function findCompoundNames(doc: Doc, index: GazetteerIndex): Candidate[] {
  const out: Candidate[] = [];
  const words = tokenWords(doc.tokens);
  const closedCompound = closedCompoundSlot(index);
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i];
    const parts = token.parts;
    if (parts) {
      const place = prefixedPlace(doc, parts, index);
      if (place) {
        out.push({ start: token.start, end: token.end, type: 'LOC', kind: 'name', source: 'rule:hyphen-compound', confidence: 0.75, priority: PRIORITY.compound });
        continue;
      }
      for (let k = 0; k < parts.length; k++) {
        // A hyphenated KB name before the head, longest first: `Hapag-Lloyd` in `Hapag-Lloyd-Chef`.
        let m = parts.length - 2;
        while (m > k && !index.compoundForms.get(doc.text.slice(parts[k].start, parts[m].end))) m--;
        const part = { start: parts[k].start, end: parts[m > k ? m : k].end };
        k = Math.max(k, m);
        const form = doc.text.slice(part.start, part.end);
        const entries = index.compoundForms.get(form);
        // The last part is the head of the compound (`Regierung`), a name only when the compound has no other name.
        if (!entries || (k === parts.length - 1 && k > 0 && !/^\p{Lu}/u.test(form))) continue;
        if (!oneType(entries)) continue;
        const entry = unique(entries);
        out.push({ start: part.start, end: part.end, type: entries[0].type, kind: 'part', source: 'rule:hyphen-compound', confidence: entry ? 0.85 : 0.65, priority: PRIORITY.compound, kbId: entry?.id });
      }
      continue;
    }
    const closed = closedCompound(words, i);
    if (closed) {
      out.push({ start: token.start, end: token.start + closed.length, type: closed.entry.type, kind: 'part', source: 'rule:closed-compound', confidence: 0.75, priority: PRIORITY.compound, kbId: closed.entry.id });
    }
  }
  return out;
}

/** First parts that make a new place of a place (`Neu-Ulm`, `Bad-Homburg` as some write it, `Ost-Berlin`). */
const PLACE_PREFIXES: ReadonlySet<string> = new Set(['Neu', 'Alt', 'Bad', 'Groß', 'Klein', 'Ober', 'Unter', 'Nieder', 'Hohen', 'Sankt', 'Ost', 'West', 'Nord', 'Süd']);

/**
 * True for a two-part word of a place prefix and a KB place (`Neu-Ulm`): the name of a place of its own, not the
 * place `Ulm` inside a compound (GermEval and the real-news gold: `Neu-Ulm` LOC).
 */
function prefixedPlace(doc: Doc, parts: readonly { start: number; end: number }[], index: GazetteerIndex): boolean {
  if (parts.length !== 2 || !PLACE_PREFIXES.has(doc.text.slice(parts[0].start, parts[0].end))) return false;
  const entries = index.compoundForms.get(doc.text.slice(parts[1].start, parts[1].end));
  return entries !== undefined && entries.length > 0 && entries.every((e) => e.type === 'LOC');
}

type ClosedCompound = { length: number; entry: import('../../kb/types.js').KbEntry } | undefined;

/** closedCompound per word, per gazetteer index: a compound may try every split of the word, and news vocabulary repeats. */
const closedCompoundSlots = new WeakMap<GazetteerIndex, (words: TokenWords, i: number) => ClosedCompound>();

/** The closed compound of token `i`, per index; kept on the token's WordInfo. */
function closedCompoundSlot(index: GazetteerIndex): (words: TokenWords, i: number) => ClosedCompound {
  let slot = closedCompoundSlots.get(index);
  if (!slot) {
    // closedCompound's first test, cheap part first: short words and lower-case ones skip the look-up.
    slot = gatedSlot((w) => w.length >= 7 && mayStartUpper(w), undefined, (w) => closedCompound(w, index));
    closedCompoundSlots.set(index, slot);
  }
  return slot;
}

/**
 * A closed compound of a KB organisation's form and a role or organisation noun (`Bahnchef`, `Siemenskonzern`), or
 * of a country's name and a common noun (`Ukrainekrise`, country-compounds.ts): the length of the form and its
 * entry, or undefined. Uncached: findCompoundNames keeps it per word.
 */
export function closedCompound(word: string, index: GazetteerIndex): ClosedCompound {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || word.length < 7) return undefined;
  // Every head closedCompoundBySplits tries is an end of the word, and roleOf and isOrganisationNoun decide by a
  // word's end: when the whole word is neither, no head is (tests: the same answers with and without this test).
  // New words skip trying every split, each a look-up of a string no text contains.
  if (roleOf(word) === undefined && !isOrganisationNoun(word)) return countryCompound(word, index);
  return closedCompoundBySplits(word, index) ?? countryCompound(word, index);
}

/** closedCompound by trying every split of the word into a KB form and a role or organisation noun head. */
export function closedCompoundBySplits(word: string, index: GazetteerIndex): ClosedCompound {
  for (let i = word.length - 3; i >= 3; i--) {
    const head = word[i].toUpperCase() + word.slice(i + 1);
    if (!roleOf(head)?.head && !isOrganisationNoun(head)) continue;
    for (const prefix of [word.slice(0, i), word.slice(0, i).replace(/s$/, '')]) {
      const entries = index.compoundForms.get(prefix);
      const entry = entries && unique(entries);
      if (entry && entry.type === 'ORG') return { length: prefix.length, entry };
    }
  }
  return undefined;
}
