/**
 * Members of the German Bundestag 1949-2018 with their Wikidata ids, from `../shared/data/bundestag-mdb-wikidata/`
 * (lucaswerkmeister/bundestag at c6938d28: the Bundestag's master data matched to Wikidata with OpenRefine, 876
 * matches made by hand). Each member becomes a link-only person supported by Bundestag and Germany in an article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeEntry } from './_common.mjs';

export const input = 'data';

export const source = {
  id: 'bundestag-mdb',
  title: 'Members of the German Bundestag 1949-2018 with Wikidata QIDs',
  repository: 'https://github.com/lucaswerkmeister/bundestag',
  commit: 'c6938d2823d8c1abfa202953eb43f454b53b5911',
  paths: ['IDs', 'names', 'biographical (as ../shared/data/bundestag-mdb-wikidata/mdb_wikidata.tsv)'],
  licence: 'no licence stated; QIDs are Wikidata facts (CC0), names from the Bundestag master data',
  qids: 'Bundestag id -> Wikidata item, matched with OpenRefine (3,197) or by hand (876) by the repository author',
};

/** Reads `mdb_wikidata.tsv` (qid, name, bundestag_id, birth_date, birth_place, death_date). */
export async function load({ dataDir }) {
  const rows = readFileSync(join(dataDir, 'bundestag-mdb-wikidata/mdb_wikidata.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => {
    const [qid, name] = row.split('\t');
    const entry = makeEntry({ type: 'PER', schemaType: 'Person', name, qid, source: source.id });
    if (entry) entry.context = ['org:bundestag', 'Bundestag', 'Abgeordneter', 'Abgeordnete', 'MdB'];
    return entry;
  }).filter(Boolean);
}
