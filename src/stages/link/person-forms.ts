import type { KbEntry } from '../../kb/types.js';
import { englishTransliteration, englishTransliterations } from '../../lang/de/slavic-transliteration.js';
import { memoWord } from '../../cache/memo.js';
import { perIndex, type CandidateIndex } from './candidate-index.js';
import { foldKey, lastWord } from './fold.js';
import { COMMON_SURNAME } from './choose.js';
import { RARE_GIVEN_NAME } from './given-names.js';
import { MAX_VARIANTS } from './near-spellings.js';
import { similarity } from './similarity.js';

/** How many KB persons bear a folded surname (`muller`: hundreds, `kadyrov`: 2), counted once per surname and index. */
export const surnameBearers = perIndex((surname, index) => index.shortForms(surname).filter((e) => e.type === 'PER').length);

/**
 * A given name folded further to the letters that transliterations of one name share (`Gianis`, `Giannis`,
 * `Janis` and `Yanis` -> `yanis`; `Arzenij` and `Arseniy` -> `arseni`; `Jewgeni` and `Yevgeny` -> `yevgeni`): the
 * German-to-English rules of a Slavic name first, then an initial `j`/`gi`/`i` before a vowel as `y`, `ph` `f`, `th`
 * `t`, `kh` `k`, `c` `k`, `x` `ks`, `w` `v`, `z` and `ts` `s`, a final `ij`/`iy`/`ii`/`y` as `i`, doubled letters once.
 */
export const givenNameKey: (word: string) => string = memoWord(foldGivenName);

function foldGivenName(word: string): string {
  return englishTransliteration(word)
    .replace(/^(?:gi|j|i)(?=[aeou])/, 'y')
    .replace(/ph/g, 'f').replace(/th/g, 't').replace(/kh/g, 'k').replace(/c(?!h)/g, 'k').replace(/x/g, 'ks')
    .replace(/w/g, 'v').replace(/ts/g, 's').replace(/z/g, 's')
    .replace(/(?:ij|iy|ii|y)$/, 'i')
    .replace(/(.)\1/g, '$1');
}

/**
 * Lowest Jaro-Winkler similarity of two given names' {@link givenNameKey}s for a variant: set on the Leipzig 2015
 * development sentences between `Aivars` / `Ainārs` Ozoliņš (0.911, two Latvians) and `Ramsan` / `Ramazan` Kadyrow
 * (0.928, one Chechen).
 */
export const GIVEN_NAME_FLOOR = 0.92;

/** True when KB key `kb` is mention key `m` with a middle part added or dropped (`franklin roosevelt` / `franklin d roosevelt`). */
export function middleForm(m: readonly string[], kb: readonly string[]): boolean {
  if (m[0] !== kb[0] || m.at(-1) !== kb.at(-1) || m.length < 2 || kb.length < 2) return false;
  const [a, b] = [m.slice(1, -1), kb.slice(1, -1)];
  // The KB's middle name or initials dropped (`Saulo Decarli` for `Saulo Igor Decarli`), at most two words.
  if (!a.length) return b.length >= 1 && b.length <= 2;
  // The mention's initials, which the KB's name lacks (`Franklin D. Roosevelt` for `Franklin Roosevelt`).
  if (!b.length) return a.every((w) => w.length === 1);
  // An initial for a middle name (`John F. Kennedy` for `John Fitzgerald Kennedy`).
  const pair = (w: string, i: number) => w === b[i] || ((w.length === 1) !== (b[i].length === 1) && w[0] === b[i][0]);
  return a.length === b.length && a.some((w, i) => w !== b[i]) && a.every(pair);
}

/** True when an entry writes the key's first two words as one hyphenated given name (`Hans-Peter Meier`). */
function compoundGivenName(entry: KbEntry, key: string): boolean {
  return [entry.name, ...(entry.aliases ?? [])].some((s) => /^[^\s-]+-[^\s-]+\s/u.test(s) && foldKey(s) === key);
}

/** The persons among the entries of some KB keys. */
function personsOf(keys: readonly string[], index: CandidateIndex, skip: (e: KbEntry, key: string) => boolean = () => false): Set<KbEntry> {
  const found = new Set<KbEntry>();
  for (const k of keys) for (const e of index.names(k)) if (e.type === 'PER' && !skip(e, k)) found.add(e);
  return found;
}

/**
 * The KB keys of the one person a multi-word person name names in another form, or none: the KB name with a
 * middle part added or dropped ({@link middleForm}; a hyphenated given name is no middle name), else, for a
 * two-word name whose given name starts fewer than `RARE_GIVEN_NAME` KB names (`Marc` is other people's, not a
 * spelling of `Mark`), a given name spelled otherwise ({@link GIVEN_NAME_FLOOR}) before the surname or its English
 * transliteration (`Ramsan Kadyrow` -> `Ramazan Kadyrov`). Never for a surname `COMMON_SURNAME` KB persons bear, and only
 * when exactly one person fits. Kept per key: most names of an article are unknown people.
 */
export const otherPersonForms: (key: string, index: CandidateIndex) => PersonForms = perIndex(formsOf);

/** The KB keys of one person's other name form, and which form. */
export interface PersonForms {
  /** The mention without the KB name's middle part, with an initial the KB name lacks or spells out, another given name. */
  form: 'middle-dropped' | 'middle-initial' | 'given-name';
  keys: string[];
}

function formsOf(key: string, index: CandidateIndex): PersonForms {
  const words = key.split(' ');
  // Only keys of the same first word are split and compared (a surname's keys are mostly other people's).
  const middle = (kb: string) => kb.startsWith(`${words[0]} `) && middleForm(words, kb.split(' '));
  const found = oneBearer([lastWord(key)], middle, index, compoundGivenName);
  if (found || words.length !== 2) return { form: words.length === 2 ? 'middle-dropped' : 'middle-initial', keys: found ?? [] };
  const given = givenNameKey(words[0]);
  // Two words, the surname last, a given name of about the length (Jaro-Winkler >= 0.92 needs it) and spelled alike.
  const variant = (kb: string, surname: string) => {
    const first = kb.length - surname.length - 1;
    return kb.indexOf(' ') === first && Math.abs(first - words[0].length) <= 3 && !kb.startsWith(`${words[0]} `) && similarity(given, givenNameKey(kb.slice(0, first))) >= GIVEN_NAME_FLOOR;
  };
  // Asked last: counting the names a rare given name starts reads the whole last-word table.
  const rare = () => index.keysStartingWith(words[0], RARE_GIVEN_NAME) < RARE_GIVEN_NAME;
  return { form: 'given-name', keys: oneBearer([...new Set([words[1], ...englishTransliterations(key).map(lastWord)])], variant, index, undefined, rare) ?? [] };
}

/**
 * The keys that fit, ending with one of the surnames, of the one person they name; [] when several persons fit, the
 * surname is common or `allowed` says no (the first surname with a fitting key decides), undefined when none fits.
 */
function oneBearer(
  surnames: readonly string[],
  fits: (kb: string, surname: string) => boolean,
  index: CandidateIndex,
  skip?: (e: KbEntry, key: string) => boolean,
  allowed = () => true,
): string[] | undefined {
  for (const surname of surnames) {
    const keys = index.keysEndingWith(surname);
    if (keys.length > MAX_VARIANTS) continue;
    const fitting = keys.filter((k) => fits(k, surname));
    const persons = personsOf(fitting, index, skip);
    if (!persons.size) continue;
    // The cheap checks first: the bearers' rows are read, the given names counted over the whole last-word table.
    if (persons.size > 1 || surnameBearers(surname, index) >= COMMON_SURNAME || !allowed()) return [];
    const [person] = persons;
    return fitting.filter((k) => index.names(k).includes(person));
  }
  return undefined;
}
