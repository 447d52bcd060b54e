/**
 * Heads of state and government of all countries, 2021-2022, with their Wikidata items, as link-only PER entries,
 * from every-politician-scrapers/world-leaders-2021 (`data/wikidata.csv`: country, position, office holder and its
 * English label, start and end year, made by a Wikidata query of the positions' holders). Every version of the file
 * up to the commit below is read (95, March 2021 to October 2022), so that leaders replaced in that time stay.
 * Left out: holders born into their office's name (monarchs, emirs: `Charles III`, `Hamad II of Bahrain`; see
 * `personName`) and items without an English label. `country` from the country item (curated countries by QID).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, dedupe, gitShow, makeEntry, parseCsv } from './_common.mjs';
import { EPS_LICENCE, personName } from './_epscrapers.mjs';

const COMMIT = 'be7039cf5952d8121c4f1e24eea64cc5dd465633';
const CONTEXT = ['Präsident', 'Präsidentin', 'Regierungschef', 'Premierminister', 'Staatschef', 'Regierung'];

/** Built after the other sources and after optv-speakers and mep-wikidata (build.mjs): this table's names are English labels. */
export const late = 2;

export const source = {
  id: 'world-leaders',
  title: 'Heads of state and government of all countries 2021-2022 with Wikidata QIDs (every-politician-scrapers/world-leaders-2021)',
  repository: 'https://github.com/every-politician-scrapers/world-leaders-2021',
  commit: COMMIT,
  paths: ['data/wikidata.csv (every version up to the commit)'],
  licence: EPS_LICENCE,
  qids: 'Wikidata items holding (P39) each country\'s head-of-state and head-of-government position, by the repository\'s SPARQL query (bin/scraper/wikidata.rb)',
};

/** Curated country entry id by the country's QID. */
function countryIdsByQid() {
  const map = new Map();
  for (const line of readFileSync(join(REPO_ROOT, 'data/kb/curated/countries.jsonl'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const e = JSON.parse(line);
    if (e.qid) map.set(e.qid, e.id);
  }
  return map;
}

export async function load({ mirrorDir }) {
  const countries = countryIdsByQid();
  const commits = execFileSync('git', ['-C', mirrorDir, 'log', '--format=%H', COMMIT, '--', 'data/wikidata.csv']).toString('utf8').split('\n').filter(Boolean);
  const entries = [];
  for (const commit of commits) {
    for (const r of parseCsv(gitShow(mirrorDir, commit, 'data/wikidata.csv'))) {
      if (Number(r.end_year) && Number(r.end_year) < 2000) continue;
      const name = personName(r.officeholderLabel);
      const e = name && makeEntry({ type: 'PER', schemaType: 'Person', name, qid: r.officeholder, country: countries.get(r.countryid), source: source.id });
      if (e) entries.push({ ...e, context: CONTEXT });
    }
  }
  return dedupe(entries);
}
