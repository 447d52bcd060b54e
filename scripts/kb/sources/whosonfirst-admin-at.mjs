/**
 * Austrian localities (Gemeinden and larger Ortschaften, ~1,250 with a QID) and the 9 Bundesländer from Who's On First,
 * with population, as link-only KB entries. Read from whosonfirst-data/whosonfirst-data-admin-at (one GeoJSON record
 * per place). Licence: WOF's own work CC0; its records mix in GeoNames (CC BY), Quattroshapes (CC BY), Natural Earth
 * (PD) properties (LICENSE.md); the fields used here are names, population and the Wikidata concordance.
 * QIDs: `wof:concordances["wd:id"]`, set by the WOF maintainers (bulk Wikidata reconciliation, reviewed per record);
 * for the localities they agree with phil2strass/geo-api's P964 match in 1,128 of 1,129 shared names. WOF's `county`
 * records are not used: many carry the QID of the district's capital town, not the Bezirk. Neighbourhoods are left out.
 * Name: `name:deu_x_preferred`; aliases: longer forms from `name:deu_x_variant` ("Ebensee am Traunsee"); population
 * `wof:population`. A Land named like a city here is "Land Salzburg".
 */
import { countryIdsByIso2, dedupe, makeEntry } from './_common.mjs';
import { current, first, key, variants, wofRecords } from './_wof.mjs';

export const source = {
  id: 'whosonfirst-admin-at',
  title: "Who's On First admin data for Austria (localities and regions with Wikidata concordances)",
  repository: 'https://github.com/whosonfirst-data/whosonfirst-data-admin-at',
  commit: 'b02c630a52c4b64e5cba6d67f3b84fcef4476640',
  paths: ['data/**/<wof:id>.geojson'],
  licence: "Who's On First: CC0 for WOF's own work, attribution for sourced properties (GeoNames, Quattroshapes: CC BY); see LICENSE.md",
  qids: 'WOF property wof:concordances["wd:id"], reconciled with Wikidata by the WOF maintainers',
};

export async function load({ mirrorDir }) {
  const country = countryIdsByIso2().get('AT');
  const records = wofRecords(mirrorDir, source.commit);
  const localities = current(records, 'locality').filter((p) => p['wof:country'] === 'AT').sort((a, b) => (b['wof:population'] ?? 0) - (a['wof:population'] ?? 0));
  const regions = current(records, 'region');
  const deName = (p) => first(p['name:deu_x_preferred']) || p['wof:name'];
  const taken = new Set([...localities, ...regions].map((p) => key(deName(p))));
  const entries = [];
  for (const p of localities) {
    const name = deName(p);
    const others = new Set([...taken].filter((k) => k !== key(name)));
    entries.push(makeEntry({
      type: 'LOC', schemaType: 'City', name, nameEn: first(p['name:eng_x_preferred']),
      aliases: variants(name, [p['wof:name'], ...(p['name:deu_x_variant'] ?? [])], others),
      qid: p['wof:concordances']['wd:id'], country, population: p['wof:population'], source: source.id,
    }));
  }
  const localityNames = new Set(localities.map((p) => key(deName(p))));
  for (const p of regions) {
    const de = deName(p);
    const clash = localityNames.has(key(de));
    entries.push(makeEntry({
      type: 'LOC', schemaType: 'State', name: clash ? `Land ${de}` : de, nameEn: first(p['name:eng_x_preferred']),
      aliases: [`Bundesland ${de}`], qid: p['wof:concordances']['wd:id'], country, population: p['wof:population'], source: source.id,
    }));
  }
  return dedupe(entries);
}
