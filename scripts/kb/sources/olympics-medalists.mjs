/**
 * German, Austrian and Swiss medallists of the Summer Olympics 1960-2024 with their Wikidata items, as link-only PER
 * entries, from
 * EDJNet/OlympicsGoNUTS (European Data Journalism Network: medallists by birth region): `<year>/<year>_medalists_all.csv`.
 * Licence: CC BY (Giorgio Comai / OBCT / EDJNet, index.Rmd "Credits"; name EDJNet when shipping).
 * QIDs: the medallists were read from English Wikipedia's medallist pages and their articles' Wikidata items taken
 * (sitelinks), with birth date and place from Wikidata. Kept: people with a birth date (so the item is a person, not
 * a disambiguation page), born 1960 or later, with a full name, who won for Germany, Austria or Switzerland (the
 * table's 15,600 medallists of all countries would make the compiled link table pass 8 MiB; the athletes of its own
 * countries are the ones German-language news names most). Name: the medallist's name in the table, alias the
 * article title. Context: words of Olympic reports (`Olympia`, `Olympiasieger`, `Medaille`), one list for all, so
 * that the compiled table keeps it once. Persons of several years are merged (one entry per QID).
 */
import { gitLs, gitShow, makeEntry, parseCsv, countryIdsByIso2 } from './_common.mjs';
import { OLYMPIC_WORDS_DE } from './_sports.mjs';

export const source = {
  id: 'olympics-medalists',
  title: 'German, Austrian and Swiss Summer Olympics medallists 1960-2024 with Wikidata QIDs (EDJNet/OlympicsGoNUTS)',
  repository: 'https://github.com/EDJNet/OlympicsGoNUTS',
  commit: 'edaacfe5a9c0f898e485ca421ec832480db7d1ef',
  paths: ['<year>/<year>_medalists_all.csv'],
  licence: 'CC BY (Giorgio Comai / OBCT / EDJNet - European Data Journalism Network; attribution required); the QIDs and names are Wikidata/Wikipedia facts',
  qids: 'the Wikidata items of the medallists\' English Wikipedia articles, linked from Wikipedia\'s medallist pages, by the repository\'s R scripts (tidywikidatar)',
};

const MIN_BIRTH = 1960;
/** ISO codes of the countries whose medallists are kept. */
const COUNTRIES = new Set(['DE', 'AT', 'CH']);
const plain = (s) => (s ?? '').replace(/_/g, ' ').replace(/\s*\([^)]*\)\s*$/, '').trim();

export async function load({ mirrorDir }) {
  const countries = countryIdsByIso2();
  const files = gitLs(mirrorDir, source.commit, '.').filter((p) => /^\d{4}\/\d{4}_medalists_all\.csv$/.test(p));
  const byQid = new Map();
  for (const path of files.sort()) {
    for (const r of parseCsv(gitShow(mirrorDir, source.commit, path))) {
      const born = Number((r.date_of_birth ?? '').slice(0, 4));
      const name = plain(r.medalist_name);
      if (!COUNTRIES.has(r.country_medal_code2) || !(born >= MIN_BIRTH) || !/\s/.test(name) || /^\p{Lu}\.\s/u.test(name) || /[\d"]/.test(name)) continue;
      let title = '';
      try { title = plain(decodeURIComponent((r.medalist_link ?? '').split('/wiki/')[1] ?? '')); } catch { /* bad escape: no alias */ }
      const cur = byQid.get(r.medalist_wikidata_id) ?? { name, aliases: new Set(), iso2: r.country_medal_code2 };
      if (title && title !== cur.name && /\s/.test(title)) cur.aliases.add(title);
      byQid.set(r.medalist_wikidata_id, cur);
    }
  }
  const entries = [];
  for (const [qid, p] of byQid) {
    const e = makeEntry({ type: 'PER', schemaType: 'Person', name: p.name, aliases: [...p.aliases], qid, country: countries.get(p.iso2), source: source.id });
    if (e) entries.push({ ...e, context: OLYMPIC_WORDS_DE });
  }
  return entries;
}
