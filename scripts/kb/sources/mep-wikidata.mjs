/**
 * Members of the European Parliament of 2019-2024 and 2024- with their Wikidata items, as link-only PER entries. The
 * QIDs come from TechToThePeople/mep (mepwatch.eu): `data/wikidata.json` is its export of the MEPs' Wikidata items,
 * each with its "MEP directory ID" (P1186, the European Parliament's own id); the names from the European
 * Parliament's open data (europarl/open-data-beta-testing, `data/meps/data_v1_meps_<term>_en.csv`: given and family
 * name as the Parliament writes them, `mep_identifier` = that id). A QID and a name meet only through the
 * Parliament's id that Wikidata records for the item. Kept: MEPs with no death date in either table. Context: the
 * European Parliament and its German words.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { countryIdsByIso2, dedupe, gitShow, makeEntry, parseCsv } from './_common.mjs';

/** Commits of `data/wikidata.json` read: 2024-07-22 (the 2024 Parliament), 2023-04-18 and 2022-09-15 (2019-2024). */
const QID_COMMITS = ['c9f9839119320f809b90d1bc956c4c073a8f8686', 'e29c1cd634713dbd21190aef415751d1d6b67ba6', '987e961bc85781b933f025c81bd81effdcd28ad1'];
const EP_REPO = 'europarl+open-data-beta-testing';
const EP_COMMIT = '6a0700279a894f28e83a9868e2ef2aa898c921ac';
const EP_PATHS = Array.from({ length: 10 }, (_, t) => `data/meps/data_v1_meps_${t}_en.csv`);
const CONTEXT = ['EU-Parlament', 'Europaparlament', 'Europäischen', 'Europaabgeordneter', 'Europaabgeordnete', 'EU-Abgeordneter', 'Straßburg', 'Brüssel'];

/** Built after the other sources (build.mjs): a QID they hold keeps their entry, with its German names and aliases. */
export const late = 1;

export const source = {
  id: 'mep-wikidata',
  title: 'Members of the European Parliament 2019- with Wikidata QIDs (TechToThePeople/mep) and their names (European Parliament open data)',
  repository: 'https://github.com/TechToThePeople/mep',
  commit: QID_COMMITS[0],
  paths: [...QID_COMMITS.map((c) => `data/wikidata.json@${c}`), ...EP_PATHS.map((p) => `europarl/open-data-beta-testing@${EP_COMMIT}:${p}`)],
  licence: 'QID and MEP directory id pairs are Wikidata content (CC0; the repository itself is AGPL-3.0, its code not used); '
    + 'names: European Parliament open data, reuse authorised with the source acknowledged (European Parliament Legal Notice)',
  qids: 'Wikidata items carrying the MEP directory ID (P1186) of each sitting MEP, exported by TechToThePeople/mep; joined to the Parliament\'s name list by that id',
};

/** Countries as the Parliament's CSV names them (English) -> ISO 3166-1 alpha-2. */
const ISO = {
  Austria: 'AT', Belgium: 'BE', Bulgaria: 'BG', Croatia: 'HR', Cyprus: 'CY', Czechia: 'CZ', 'Czech Republic': 'CZ', Denmark: 'DK',
  Estonia: 'EE', Finland: 'FI', France: 'FR', Germany: 'DE', Greece: 'GR', Hungary: 'HU', Ireland: 'IE', Italy: 'IT', Latvia: 'LV',
  Lithuania: 'LT', Luxembourg: 'LU', Malta: 'MT', Netherlands: 'NL', Poland: 'PL', Portugal: 'PT', Romania: 'RO', Slovakia: 'SK',
  Slovenia: 'SI', Spain: 'ES', Sweden: 'SE', 'United Kingdom': 'GB',
};

/** Windows-1252 bytes as text (Node's TextDecoder reads this label as Latin-1: 0x9A would stay a control, not `š`). */
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
function cp1252(bytes) {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b < 0xa0 ? C1[b - 0x80] : String.fromCharCode(b);
  return out;
}

export async function load({ mirrorDir }) {
  const epDir = join(mirrorDir, '..', '..', EP_REPO, 'repo');
  if (!existsSync(epDir)) throw new Error(`${source.id}: ${EP_REPO} not fetched beside ${mirrorDir}`);
  const names = new Map();
  for (const path of EP_PATHS) {
    // The Parliament's CSVs are Windows-1252, not UTF-8 (`Istv\xe1n`); letters outside it became `?`.
    const text = cp1252(execFileSync('git', ['-C', epDir, 'show', `${EP_COMMIT}:${path}`], { maxBuffer: 1 << 28 }));
    for (const r of parseCsv(text)) if (r.mep_identifier) names.set(r.mep_identifier, r);
  }
  const countries = countryIdsByIso2();
  const entries = [];
  for (const commit of QID_COMMITS) {
    for (const m of JSON.parse(gitShow(mirrorDir, commit, 'data/wikidata.json'))) {
      const ep = names.get(String(m['MEP directory ID'] ?? ''));
      if (!ep || m['date of death'] || ep.mep_death_date) continue;
      // A name the code page could not hold (`?`) is taken from the item's given and family name labels instead.
      const epName = `${ep.mep_given_name} ${ep.mep_family_name}`;
      const wdName = [m['given name'], m['family name']].every((x) => typeof x === 'string') ? `${m['given name']} ${m['family name']}` : '';
      const name = (epName.includes('?') ? wdName : epName).replace(/\s+/g, ' ').trim();
      if (!/\s/.test(name) || /[\d?]|^\p{Lu}\.\s/u.test(name)) continue;
      const e = makeEntry({ type: 'PER', schemaType: 'Person', name, qid: m.wdid, country: countries.get(ISO[ep.mep_citizenship]), source: source.id });
      if (e) entries.push({ ...e, context: CONTEXT });
    }
  }
  return dedupe(entries);
}
