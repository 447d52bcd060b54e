/**
 * Austrian Gemeinden (2,092), politische Bezirke (94) and Bundesländer (9) as link-only KB entries, read from
 * phil2strass/geo-api `scripts/data/at_admin_seed.tsv` (level, Statistik Austria code, official German name, English
 * Wikidata label, QID). Names and codes are Statistik Austria's (Gemeindeverzeichnis / POLBEZ, CC BY 4.0); the
 * repository has no licence file; the QIDs are Wikidata content (CC0). QIDs: the repository's seed scripts matched
 * each Gemeindekennziffer to the Wikidata item carrying it as P964 (Austrian municipality key), and the districts and
 * states by their codes. No population in this source. Statutory cities (Statutarstädte) are districts whose QID is the
 * city's: they give one City entry. Names: "Bezirk Güssing", "Bezirk Krems-Land"; a Land named like its capital is
 * "Land Salzburg"; BKG-style abbreviations ("Hainburg a.d. Donau") are written out.
 */
import { countryIdsByIso2, dedupe, gitShow, makeEntry, parseCsv } from './_common.mjs';
import { expand } from './geo-api-de-municipalities.mjs';

export const source = {
  id: 'geo-api-at-municipalities',
  title: 'Austrian Gemeinden, Bezirke and Länder with Wikidata QIDs (phil2strass/geo-api seed, Statistik Austria + Wikidata P964)',
  repository: 'https://github.com/phil2strass/geo-api',
  commit: '18d1a9e7d65a2db6871694ef06441dc3e45c3f33',
  paths: ['scripts/data/at_admin_seed.tsv'],
  licence: 'No licence file in the repository. Names/codes: Statistik Austria (CC BY 4.0); QIDs and English labels: Wikidata (CC0)',
  qids: 'Wikidata items with P964 (Austrian municipality key) = the Gemeindekennziffer, districts and states matched by their codes, by the repository\'s seed scripts',
};

export const tsv = (text) => parseCsv(text.replace(/"/g, '""').split('\n').map((l) => (l ? `"${l.replace(/\t/g, '","')}"` : l)).join('\n'));

export async function load({ mirrorDir }) {
  const country = countryIdsByIso2().get('AT');
  const rows = tsv(gitShow(mirrorDir, source.commit, source.paths[0]));
  const entries = [];
  const gemNames = new Set();
  const add = (r, schemaType, name, aliases = []) => entries.push(makeEntry({
    type: 'LOC', schemaType, name, nameEn: r.territory_name, aliases, qid: r.territory_wikidata_id, country, source: source.id,
  }));
  for (const r of rows.filter((x) => x.level_code === 'municipality')) {
    const long = expand(r.display_name);
    gemNames.add(long || r.display_name);
    add(r, 'City', long || r.display_name, long && long !== r.display_name ? [r.display_name] : []);
  }
  // Districts and states after the municipalities: where they share a QID (Statutarstädte, Wien) the City entry stays.
  for (const r of rows.filter((x) => x.level_code === 'district')) {
    if (r.territory_type === 'municipality') {
      add(r, 'City', r.territory_name);
      continue;
    }
    const bare = r.display_name.replace(/\s*\(Land\)$| Land$/, '-Land');
    add(r, 'AdministrativeArea', `Bezirk ${bare}`);
  }
  for (const r of rows.filter((x) => x.level_code === 'state')) {
    if (r.territory_type === 'municipality') add(r, 'City', r.display_name);
    else if (gemNames.has(r.display_name)) add(r, 'State', `Land ${r.display_name}`, [`Bundesland ${r.display_name}`]);
    else add(r, 'State', r.display_name, [`Bundesland ${r.display_name}`]);
  }
  return dedupe(entries);
}
