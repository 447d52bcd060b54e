/**
 * Swiss localities (Gemeinden and villages, ~2,150 with a QID) and the 26 cantons from Who's On First, with
 * population and German names (Genf, Kanton Waadt, Tessin), as link-only KB entries. Read from
 * whosonfirst-data/whosonfirst-data-admin-ch (one GeoJSON record per place). Licence: WOF's own work CC0; its records
 * mix in GeoNames (CC BY), Quattroshapes/SwissTopo (CC BY), Natural Earth (PD) properties (LICENSE.md); the fields
 * used here are names, population and the Wikidata concordance.
 * QIDs: `wof:concordances["wd:id"]`, set by the WOF maintainers (bulk Wikidata reconciliation); for localities they
 * agree with phil2strass/geo-api's P771 match in 1,178 of 1,186 shared names. WOF's `county` records are not used
 * (many carry the QID of the district's main town). Localities: name `name:deu_x_preferred` without a canton code ("Rüti ZH" -> "Rüti"), aliases the WOF name and
 * longer forms of the name; population `wof:population`. Cantons: name `name:deu_ch_x_preferred` ("Kanton Waadt"),
 * aliases the German variants ("Waadt", "Tessin", "Wallis", "Baselland") except names of other places here and
 * names of German towns (Freiburg, Neuenburg).
 */
import { countryIdsByIso2, dedupe, makeEntry } from './_common.mjs';
import { current, first, key, variants, wofRecords } from './_wof.mjs';

export const source = {
  id: 'whosonfirst-admin-ch',
  title: "Who's On First admin data for Switzerland (localities and cantons with Wikidata concordances)",
  repository: 'https://github.com/whosonfirst-data/whosonfirst-data-admin-ch',
  commit: '74c1d59abbd43e37c90a6cb9ad7366aa3fc0c9d3',
  paths: ['data/**/<wof:id>.geojson'],
  licence: "Who's On First: CC0 for WOF's own work, attribution for sourced properties (GeoNames, Quattroshapes: CC BY); see LICENSE.md",
  qids: 'WOF property wof:concordances["wd:id"], reconciled with Wikidata by the WOF maintainers',
};

const GERMAN_TOWNS = new Set(['freiburg', 'neuenburg']);
// WOF writes homonymous municipalities with the canton code ("Rüti ZH"); the name drops it, the alias keeps it.
const CANTON_SUFFIX = / (?:AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH)$/;

export async function load({ mirrorDir }) {
  const country = countryIdsByIso2().get('CH');
  const records = wofRecords(mirrorDir, source.commit);
  const localities = current(records, 'locality').filter((p) => p['wof:country'] === 'CH')
    .sort((a, b) => (b['wof:population'] ?? 0) - (a['wof:population'] ?? 0));
  const cantons = current(records, 'region').filter((p) => p['wof:country'] === 'CH');
  const deName = (p) => (first(p['name:deu_x_preferred']) || p['wof:name']).replace(CANTON_SUFFIX, '');
  const taken = new Set(localities.map((p) => key(deName(p))));
  const entries = [];
  for (const p of localities) {
    const name = deName(p);
    const others = new Set([...taken].filter((k) => k !== key(name)));
    entries.push(makeEntry({
      type: 'LOC', schemaType: 'City', name, nameEn: first(p['name:eng_x_preferred']),
      aliases: [first(p['name:deu_x_preferred']), p['wof:name'] !== name && !others.has(key(p['wof:name'])) && /[^\x00-\x7f]/.test(p['wof:name']) ? p['wof:name'] : '',
        ...variants(name, p['name:deu_x_variant'], others)],
      qid: p['wof:concordances']['wd:id'], country, population: p['wof:population'], source: source.id,
    }));
  }
  for (const p of cantons) {
    const de = deName(p);
    const name = first(p['name:deu_ch_x_preferred']) || `Kanton ${de}`;
    const aliases = [de, ...(p['name:deu_x_variant'] ?? [])]
      .filter((a) => typeof a === 'string' && !/\d/.test(a) && !taken.has(key(a)) && !GERMAN_TOWNS.has(key(a)));
    entries.push(makeEntry({
      type: 'LOC', schemaType: 'State', name, nameEn: first(p['name:eng_x_preferred']), aliases,
      qid: p['wof:concordances']['wd:id'], country, population: p['wof:population'], source: source.id,
    }));
  }
  return dedupe(entries);
}
