/**
 * Political parties of every country with their Wikidata ids, from `../shared/data/wikidata-parties-partyfacts/`
 * (hdigital/partyfactsdata at 764de897, MIT; cite Döring & Regel 2019). German, Austrian and Liechtenstein parties
 * carry their German name. Short names (`SPÖ`, `PiS`) are aliases; the country of each party supports it.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryIdsByIso2, makeEntry } from './_common.mjs';

const countriesLib = createRequire(import.meta.url)('i18n-iso-countries');

export const input = 'data';

export const source = {
  id: 'partyfacts',
  title: 'Party Facts: political parties worldwide with Wikidata QIDs',
  repository: 'https://github.com/hdigital/partyfactsdata',
  commit: '764de8978f84ba41a1c88752d6a00b9a4d05f599',
  paths: ['import/wikipedia/wikidata.csv (as ../shared/data/wikidata-parties-partyfacts/parties.tsv)'],
  licence: 'MIT (Party Facts authors); QIDs Wikidata CC0',
  qids: 'the Wikidata item of each party\'s English Wikipedia article (Wikipedia API pageprops.wikibase_item)',
};

/** `Arubaanse Volkspartij (Dutch)` -> `Arubaanse Volkspartij`. */
const bare = (s) => s.replace(/\s*\([^)]*\)\s*$/, '').trim();

/** Reads `parties.tsv` (qid, label_de, label_en, aliases, type, country, partyfacts_id, name_short, name_native). */
export async function load({ dataDir }) {
  const countries = countryIdsByIso2();
  const rows = readFileSync(join(dataDir, 'wikidata-parties-partyfacts/parties.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => {
    const [qid, labelDe, labelEn, aliases, , iso3, , short] = row.split('\t');
    const names = (aliases ? aliases.split('|') : []).map(bare).filter(Boolean);
    const shortName = bare(short ?? '');
    // Short names (`SPÖ`, `BVB` for BVB/Freie Wähler) name other things too: they link only with support from the
    // article (the party's country, the word Partei); one or two letters (`A`, `SP`) not at all.
    const short_ = shortName.length >= 3 ? [shortName] : [];
    const country = countries.get(countriesLib.alpha3ToAlpha2(iso3) ?? '');
    const entry = makeEntry({ type: 'ORG', schemaType: 'PoliticalParty', name: labelDe || labelEn, nameEn: labelEn, aliases: names.filter((n) => n !== shortName), qid, country, source: source.id });
    if (!entry) return null;
    const shortForms = short_.filter((n) => n !== entry.name);
    if (shortForms.length) entry.contextAliases = shortForms;
    entry.context = ['Partei'];
    return entry;
  }).filter(Boolean);
}
