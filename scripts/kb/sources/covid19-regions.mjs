/**
 * Regions below the country level from Google's COVID-19 Open Data: first-level regions of European countries and
 * the USA (`Hauts-de-France`, `Comunidad de Madrid`, `Rhode Island`), and second-level ones of France, the UK, Poland,
 * Czechia and the USA (départements `Haute-Savoie`, English counties, powiats, districts `Kutná Hora District`, US
 * counties `Suffolk County`), as link-only LOC `AdministrativeArea` entries with population where the census gives it.
 * Read from GoogleCloudPlatform/covid-19-open-data: `src/data/metadata.csv` (location key, names),
 * `src/data/knowledge_graph.csv` (key -> Wikidata id) and `src/data/census.csv` (population).
 * Licence: the repository's code and assets, these tables included, Apache-2.0 (LICENSE; its output files are CC BY);
 * QIDs are Wikidata's (CC0). QIDs: the `wikidata` column the project's maintainers joined to their location keys.
 * Names are English or native (`Lower Saxony`, `Brunswick`), so Germany, Austria and Switzerland are left out (their
 * municipality and Kreis tables carry the German names). Left out too: units named after their main town, whose name
 * means the town in news (first-level regions of Belgium, Bulgaria, Poland, the Balkans, Ukraine, Belarus, Moldova:
 * `Namur`, `Lublin`; Dutch municipalities `Venlo`; Italian provinces `Pistoia`; see `secondLevelName`), and the
 * third-level units of Latin America, Spain, India and Israel (municipalities). A name another KB entry of any type
 * uses with another QID (`Alba`, the Berlin firm), or that two regions here share (`Madison County`), is dropped with
 * its entry, and a QID another source holds is left to it (cities with district rights, US states of news-frequent).
 */
import { countryIdsByIso2, dedupe, gitShow, makeEntry, parseCsv } from './_common.mjs';
import { fold, freeName, knownEntries } from './_ror.mjs';

export const source = {
  id: 'covid19-regions',
  title: 'COVID-19 Open Data regions (location keys with Wikidata ids and population)',
  repository: 'https://github.com/GoogleCloudPlatform/covid-19-open-data',
  commit: '1123ce02a0b4059d6acd4c4446f3f9b8335018f1',
  paths: ['src/data/metadata.csv', 'src/data/knowledge_graph.csv', 'src/data/census.csv'],
  licence: 'Apache-2.0 (LICENSE: code and assets, src/data tables included); QIDs Wikidata CC0',
  qids: 'the knowledge_graph.csv wikidata column, joined to the location keys by the covid-19-open-data maintainers',
};

const EUROPE = new Set(['AL', 'BA', 'BE', 'BG', 'BY', 'CY', 'CZ', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IE', 'IS',
  'IT', 'LT', 'LU', 'LV', 'MD', 'ME', 'MK', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'RS', 'SE', 'SI', 'SK', 'UA']);
/** First-level regions named like their capital city here (`Targovishte`, `Lublin`): the name means the city in news. */
const CITY_NAMED = new Set(['AL', 'BA', 'BE', 'BG', 'BY', 'MD', 'ME', 'MK', 'PL', 'RS', 'UA']);
const SECOND_LEVEL = new Set(['FR', 'GB', 'PL', 'CZ', 'US']);
/**
 * Second-level units kept by name: French départements of several words (one word names a river or mountains:
 * `Somme`, `Jura`), English counties (code E10) and unitary authorities of several words (`North East Lincolnshire`;
 * one word is the town: `Bedford`, `Middlesbrough`); not London boroughs (`Westminster`), metropolitan boroughs,
 * Scottish and Welsh health boards. Polish, Czech and US units carry their unit word (`Kętrzyn County`).
 */
function secondLevelName(r, name) {
  if (r.country_code === 'FR') return /[\s-]/.test(name);
  if (r.country_code === 'GB') return r.subregion2_code.startsWith('E10') || (r.subregion2_code.startsWith('E06') && /\s/.test(name));
  return true;
}

export async function load({ mirrorDir }) {
  const read = (path) => parseCsv(gitShow(mirrorDir, source.commit, path));
  const qid = new Map(read('src/data/knowledge_graph.csv').map((r) => [r.key, r.wikidata]));
  const population = new Map(read('src/data/census.csv').map((r) => [r.key, Number(r.population)]));
  const countries = countryIdsByIso2();
  const rows = read('src/data/metadata.csv').filter((r) => {
    const level = r.key.split('_').length;
    if (r.locality_code || !qid.get(r.key)) return false;
    if (level === 2) return (EUROPE.has(r.country_code) && !CITY_NAMED.has(r.country_code)) || r.country_code === 'US';
    return level === 3 && SECOND_LEVEL.has(r.country_code) && secondLevelName(r, r.subregion2_name.trim());
  }).map((r) => ({ r, name: (r.key.split('_').length === 2 ? r.subregion1_name : r.subregion2_name).trim() }));
  const count = new Map();
  for (const { name } of rows) count.set(fold(name), (count.get(fold(name)) ?? 0) + 1);
  const known = knownEntries(source.id);
  const entries = [];
  for (const { r, name } of rows) {
    const q = qid.get(r.key);
    // A QID another table holds is a city (Polish and Czech cities with district rights, Prague, Paris) or a state
    // already confirmed by hand: that entry keeps it, with its German name.
    if (known.qids.has(q) || name.length < 3 || count.get(fold(name)) !== 1 || !freeName(known, name, q, 'LOC')) continue;
    entries.push(makeEntry({
      type: 'LOC', schemaType: 'AdministrativeArea', name, qid: q, country: countries.get(r.country_code),
      population: population.get(r.key), source: source.id,
    }));
  }
  return dedupe(entries);
}
