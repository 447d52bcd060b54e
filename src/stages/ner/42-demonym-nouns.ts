import type { Doc } from '../../document/doc.js';
import type { KbEntry } from '../../kb/types.js';
import { memoWord } from '../../cache/memo.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import { announcesNoun } from '../../lang/de/determiners.js';
import { PRIORITY, type Candidate } from './candidate.js';

/** Inflection endings of demonym nouns, each tried: the bare form, `Franzose-n`, `Italiener-n`/`-s`, `Schweizerin-nen`. */
const DEMONYM_ENDINGS = ['', 'n', 'en', 's', 'ns', 'nen'];

/**
 * The place whose demonym `word` is in an inflected form (`Franzose(n)`, `Italiener(n|s)`, `Schweizerin(nen)`), from
 * the KB's demonym index (lower-case keys); undefined for any other word.
 */
export function demonymPlace(word: string, demonyms: ReadonlyMap<string, KbEntry>): KbEntry | undefined {
  const lower = word.toLowerCase();
  for (const ending of DEMONYM_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const place = demonyms.get(lower.slice(0, lower.length - ending.length));
    if (place) return place;
  }
  return undefined;
}

/** {@link demonymPlace} memoised per word, for one KB's demonym index (news vocabulary repeats). */
export function demonymLookup(demonyms: ReadonlyMap<string, KbEntry>): (word: string) => KbEntry | undefined {
  return memoWord((word) => demonymPlace(word, demonyms));
}

/**
 * Demonym nouns of KB places (`der Schotte`, `die Tschechin`, `den Franzosen`): GermEval's LOCderiv, which the tagger
 * misses for peoples it rarely saw. Capitalised words only; not before another capitalised word, which they may
 * begin the name of (`Deutsche Umwelthilfe`, `Schweizer Franken`, `Wiener Staatsoper`), unless a first name
 * (`isFirstName`) and a surname follow (`dem Spanier Carlos Alcaraz`) or the demonym is an invariant adjective in
 * -er (`der Schweizer Hersteller`); nor after a capitalised word other than a determiner, whose surname they are
 * (`Christiane Holländer`).
 */
export function findDemonymNouns(doc: Doc, placeOf: (word: string) => KbEntry | undefined, isFirstName: (word: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i].norm;
    if (!/^\p{Lu}\p{Ll}/u.test(w)) continue;
    // The place first (a memoised look-up): the context tests below run only for demonyms.
    const place = placeOf(w);
    if (place?.type !== 'LOC') continue;
    const next = t[i + 1];
    const same = (k: number) => t[k] !== undefined && t[k].sentence === t[i].sentence;
    // Before a first name and a surname it describes the person (`den Franzosen Arthur Rinderknech`); two name words
    // that are no common nouns, since the first-name list holds some (`Der Deutsche Tennis Bund`).
    const nameWord = (k: number) => same(k) && /^\p{Lu}/u.test(t[k].norm) && !isCommonNoun(t[k].norm, { compounds: false });
    const beforePerson = nameWord(i + 1) && nameWord(i + 2) && isFirstName(next.norm);
    // A demonym in -er before a noun is the invariant adjective (`der Schweizer Armee`), as city adjectives are.
    const adjective = w.endsWith('er') && !/^\p{Lu}{2}/u.test(next?.norm ?? '');
    if (same(i + 1) && /^\p{Lu}/u.test(next.norm) && !beforePerson && !adjective) continue;
    // After a capitalised word other than a determiner it is a surname (`Christiane Holländer`, `Stefan Schwabe`).
    const previous = t[i - 1];
    if (previous && previous.sentence === t[i].sentence && /^\p{Lu}/u.test(previous.norm) && !announcesNoun(previous.norm)) continue;
    out.push({ start: t[i].start, end: t[i].end, type: 'LOC', kind: 'deriv', source: 'rule:demonym-noun', confidence: 0.8, priority: PRIORITY.adjective, kbId: place.id });
  }
  return out;
}
