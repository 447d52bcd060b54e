/** Reading EDJNet/OlympicsGoNUTS (`<year>/<year>_medalists_all.csv`: Summer Olympics medallists with the Wikidata
 * items of their English Wikipedia articles) for the olympics-medalists* modules. */
import { gitLs, gitShow, makeEntry, parseCsv, countryIdsByIso2 } from './_common.mjs';
import { OLYMPIC_WORDS_DE, SPORT_WORDS_DE } from './_sports.mjs';

export const OLYMPICS_REPOSITORY = 'https://github.com/EDJNet/OlympicsGoNUTS';
export const OLYMPICS_COMMIT = 'edaacfe5a9c0f898e485ca421ec832480db7d1ef';
export const OLYMPICS_LICENCE = 'CC BY (Giorgio Comai / OBCT / EDJNet - European Data Journalism Network; attribution required); the QIDs and names are Wikidata/Wikipedia facts';
export const OLYMPICS_QIDS = 'the Wikidata items of the medallists\' English Wikipedia articles, linked from Wikipedia\'s medallist pages, by the repository\'s R scripts (tidywikidatar)';

const plain = (s) => (s ?? '').replace(/_/g, ' ').replace(/\s*\([^)]*\)\s*$/, '').trim();
/** A usable full name: two or more words, no initial first, no digits or quotes; R's missing value `NA` is none. */
const fullName = (n) => n !== 'NA' && /\s/.test(n) && !/^\p{Lu}\.\s/u.test(n) && !/[\d"]/.test(n);

/**
 * Link-only PER entries (one per QID, persons of several Games merged) for the medallists born `minBirth` or later
 * whose medal country (`country_medal_code2`, ISO 3166-1 alpha-2) passes `keepCountry`. Name: the table's
 * `medalist_name`; alias: the article title (qualifier in brackets dropped); context: the Olympic words and the words
 * of each sport the person won a medal in (`SPORT_WORDS_DE`: `Basketball`, `NBA` for a basketball player).
 */
export function loadMedalists({ mirrorDir, sourceId, minBirth, keepCountry }) {
  const countries = countryIdsByIso2();
  const files = gitLs(mirrorDir, OLYMPICS_COMMIT, '.').filter((p) => /^\d{4}\/\d{4}_medalists_all\.csv$/.test(p));
  const byQid = new Map();
  for (const path of files.sort()) {
    for (const r of parseCsv(gitShow(mirrorDir, OLYMPICS_COMMIT, path))) {
      const born = Number((r.date_of_birth ?? '').slice(0, 4));
      const name = plain(r.medalist_name);
      if (!keepCountry(r.country_medal_code2) || !(born >= minBirth) || !fullName(name)) continue;
      let title = '';
      try { title = plain(decodeURIComponent((r.medalist_link ?? '').split('/wiki/')[1] ?? '')); } catch { /* bad escape: no alias */ }
      const cur = byQid.get(r.medalist_wikidata_id) ?? { name, aliases: new Set(), iso2: r.country_medal_code2, words: new Set(OLYMPIC_WORDS_DE) };
      if (title && title !== cur.name && /\s/.test(title)) cur.aliases.add(title);
      for (const w of SPORT_WORDS_DE[r.sport] ?? SPORT_WORDS_DE[r.event_part_of_sport] ?? []) cur.words.add(w);
      byQid.set(r.medalist_wikidata_id, cur);
    }
  }
  const entries = [];
  for (const [qid, p] of byQid) {
    const e = makeEntry({ type: 'PER', schemaType: 'Person', name: p.name, aliases: [...p.aliases], qid, country: countries.get(p.iso2), source: sourceId });
    if (e) entries.push({ ...e, context: [...p.words] });
  }
  return entries;
}
