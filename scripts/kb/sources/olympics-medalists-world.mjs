/**
 * Summer Olympics medallists 1960-2024 of every country except Germany, Austria and Switzerland (those are
 * `olympics-medalists`) with their Wikidata items, as link-only PER entries, from EDJNet/OlympicsGoNUTS (European
 * Data Journalism Network): `<year>/<year>_medalists_all.csv`. German-language sports news names foreign champions
 * too (sprinters, swimmers, tennis and football medallists, cyclists).
 * Licence: CC BY (Giorgio Comai / OBCT / EDJNet, index.Rmd "Credits"; name EDJNet when shipping).
 * QIDs: the Wikidata items of the medallists' English Wikipedia articles, linked from Wikipedia's medallist pages
 * (sitelinks). Kept: people with a birth date (so the item is a person, not a disambiguation page), born 1965 or
 * later (active in the news of the last three decades), with a full name. Name: the table's `medalist_name` (the
 * English Wikipedia spelling, which German news mostly shares for Latin-script names); alias: the article title.
 * Context: the Olympic words and those of each sport the person won a medal in (`Golf`, `PGA` for Justin Rose).
 * `country`: the medal country (none for historic ones such as URS).
 */
import { loadMedalists, OLYMPICS_COMMIT, OLYMPICS_LICENCE, OLYMPICS_QIDS, OLYMPICS_REPOSITORY } from './_olympics.mjs';
import { OWN_COUNTRIES } from './olympics-medalists.mjs';

export const source = {
  id: 'olympics-medalists-world',
  title: 'Summer Olympics medallists 1960-2024 of all other countries, born 1965 or later, with Wikidata QIDs (EDJNet/OlympicsGoNUTS)',
  repository: OLYMPICS_REPOSITORY,
  commit: OLYMPICS_COMMIT,
  paths: ['<year>/<year>_medalists_all.csv'],
  licence: OLYMPICS_LICENCE,
  qids: OLYMPICS_QIDS,
};

const MIN_BIRTH = 1965;

export async function load({ mirrorDir }) {
  return loadMedalists({ mirrorDir, sourceId: source.id, minBirth: MIN_BIRTH, keepCountry: (c) => !OWN_COUNTRIES.has(c) });
}
