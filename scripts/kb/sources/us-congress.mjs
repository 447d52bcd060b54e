/**
 * Current members of the US Congress with their Wikidata ids, from `../shared/data/wikidata-us-congress-current/`
 * (unitedstates/congress-legislators at dfa96222, CC0). Link-only persons supported by the USA and Congress.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeEntry } from './_common.mjs';

export const input = 'data';

export const source = {
  id: 'us-congress',
  title: 'Current members of the US Congress with Wikidata QIDs',
  repository: 'https://github.com/unitedstates/congress-legislators',
  commit: 'dfa9622263dd4c8d08636926e498f1845704d7eb',
  paths: ['legislators-current.yaml (as ../shared/data/wikidata-us-congress-current/legislators_current.tsv)'],
  licence: 'CC0 1.0',
  qids: 'the `wikidata` id the project keeps for each legislator, maintained by hand',
};

const PARTY = { Democrat: 'org:us-democrats', Republican: 'org:us-republicans' };

/** Reads `legislators_current.tsv` (qid, label_de, label_en, aliases, type, country, party, ...). */
export async function load({ dataDir }) {
  const rows = readFileSync(join(dataDir, 'wikidata-us-congress-current/legislators_current.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => {
    const [qid, labelDe, labelEn, aliases, type, , party] = row.split('\t');
    const names = aliases ? aliases.split('|').map((a) => a.trim()) : [];
    // German news writes the short form (`Bernie Sanders`), so it is the name when there is one.
    const [name, ...rest] = [...names, labelDe || labelEn].filter(Boolean);
    const entry = makeEntry({ type: 'PER', schemaType: 'Person', name, aliases: [...rest, labelEn], qid, source: source.id });
    if (!entry) return null;
    if (PARTY[party]) entry.party = PARTY[party];
    entry.context = [type.includes('senator') ? 'org:us-senate' : 'org:us-house', 'Kongress', 'Senat', 'Senator', 'Senatorin', 'Abgeordneter'];
    return entry;
  }).filter(Boolean);
}
