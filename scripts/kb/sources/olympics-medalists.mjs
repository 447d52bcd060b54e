/**
 * German, Austrian and Swiss medallists of the Summer Olympics 1960-2024 with their Wikidata items, as link-only PER
 * entries, from
 * EDJNet/OlympicsGoNUTS (European Data Journalism Network: medallists by birth region): `<year>/<year>_medalists_all.csv`.
 * Licence: CC BY (Giorgio Comai / OBCT / EDJNet, index.Rmd "Credits"; name EDJNet when shipping).
 * QIDs: the medallists were read from English Wikipedia's medallist pages and their articles' Wikidata items taken
 * (sitelinks), with birth date and place from Wikidata. Kept: people with a birth date (so the item is a person, not
 * a disambiguation page), born 1960 or later, with a full name, who won for Germany, Austria or Switzerland (the
 * medallists of all other countries are olympics-medalists-world). Name: the medallist's name in the table, alias the
 * article title. Context: words of Olympic reports (`Olympia`, `Olympiasieger`, `Medaille`) and of each sport the
 * person won a medal in (`Rudern`, `Ruderer`). Persons of several years are merged (one entry per QID).
 */
import { loadMedalists, OLYMPICS_COMMIT, OLYMPICS_LICENCE, OLYMPICS_QIDS, OLYMPICS_REPOSITORY } from './_olympics.mjs';

export const source = {
  id: 'olympics-medalists',
  title: 'German, Austrian and Swiss Summer Olympics medallists 1960-2024 with Wikidata QIDs (EDJNet/OlympicsGoNUTS)',
  repository: OLYMPICS_REPOSITORY,
  commit: OLYMPICS_COMMIT,
  paths: ['<year>/<year>_medalists_all.csv'],
  licence: OLYMPICS_LICENCE,
  qids: OLYMPICS_QIDS,
};

const MIN_BIRTH = 1960;
/** ISO codes of the countries whose medallists are kept. */
export const OWN_COUNTRIES = new Set(['DE', 'AT', 'CH']);

export async function load({ mirrorDir }) {
  return loadMedalists({ mirrorDir, sourceId: source.id, minBirth: MIN_BIRTH, keepCountry: (c) => OWN_COUNTRIES.has(c) });
}
