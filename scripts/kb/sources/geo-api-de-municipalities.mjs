/**
 * German municipalities (Gemeinden, 10,949 incl. the kreisfreie Städte) and districts (Landkreise/Kreise) as link-only
 * KB entries, read from phil2strass/geo-api: `scripts/data/de_municipality_seed.tsv` (AGS, official name, QID) and
 * `scripts/data/de_kreise_seed.tsv` (5-digit Kreis key, name, QID). Names and keys come from the official BKG layers
 * VG5000 (Gemeinden) and VG1000 (Kreise), dl-de/by-2-0 (© GeoBasis-DE / BKG); the repository has no licence file, the
 * QIDs are Wikidata content (CC0). QIDs: the repository's scripts matched each AGS to the Wikidata item carrying it
 * as P439 (Gemeinde) / P440 (Kreis), checked the parent Kreis and the name, and failed on anything ambiguous.
 * No population in this source. Names: BKG abbreviations ("Mühldorf a.Inn", "Weiden i.d.OPf.") are written out;
 * districts get their official prefix ("Kreis Paderborn", "Landkreis München"); kreisfreie Städte are one City entry.
 */
import { countryIdsByIso2, dedupe, gitShow, makeEntry, parseCsv } from './_common.mjs';

export const source = {
  id: 'geo-api-de-municipalities',
  title: 'German Gemeinden and Kreise with Wikidata QIDs (phil2strass/geo-api seeds, BKG VG5000/VG1000 + Wikidata P439/P440)',
  repository: 'https://github.com/phil2strass/geo-api',
  commit: '18d1a9e7d65a2db6871694ef06441dc3e45c3f33',
  paths: ['scripts/data/de_municipality_seed.tsv', 'scripts/data/de_kreise_seed.tsv'],
  licence: 'No licence file in the repository. Names/keys: BKG VG5000/VG1000, Datenlizenz Deutschland – Namensnennung 2.0 (© GeoBasis-DE / BKG); QIDs: Wikidata (CC0)',
  qids: 'Wikidata items with P439 (Gemeindeschlüssel) = the AGS, resp. P440 (Kreisschlüssel) = the Kreis key, filtered by parent Kreis and name by the repository\'s seed scripts',
};

const tsv = (text) => parseCsv(text.replace(/"/g, '""').split('\n').map((l) => (l ? `"${l.replace(/\t/g, '","')}"` : l)).join('\n'));

const REGION = { OB: 'Oberbayern', NB: 'Niederbayern', 'OFr.': 'Oberfranken', 'UFr.': 'Unterfranken', 'OPf.': 'Oberpfalz', 'Bay.': 'Bayern', 'Schw.': 'Schwaben' };
/** BKG's short forms written out; '' when something abbreviated is left that we do not know. */
export function expand(name) {
  let s = name.replace(/\b(a|i|b|v|r|u|d)\. +(?=\S)/g, '$1.');
  s = s.replace('b.Hl.Blut', 'beim Heiligen Blut').replace('Hann.Münden', 'Hann. Münden').replace('i.Odw.', 'im Odenwald')
    .replace('i.d.O.L.', 'in der Oberlausitz').replace('/O.L.', '/Oberlausitz').replace('/Sa.', '/Sachsen')
    .replace('/Sächs.Schw.', '/Sächsische Schweiz').replace('/Thür.Wald', '/Thüringer Wald').replace('/Thür.', '/Thüringen')
    .replace('(Rhld.)', '(Rheinland)');
  s = s.replace(/\bi\.d\.(OPf\.)/g, (_, r) => `in der ${REGION[r]}`)
    .replace(/\bi\.(OB|NB|OFr\.|UFr\.|Bay\.|Schw\.)(?=\s|$)/g, (_, r) => `in ${REGION[r]}`)
    .replace(/\ba\.d\./g, 'an der ').replace(/\bi\.d\./g, 'in der ').replace(/\bv\.d\./g, 'vor der ').replace(/\br\.d\./g, 'rechts der ')
    .replace(/\ba\.(?=\S)/g, 'am ').replace(/\bi\.(?=\S)/g, 'im ').replace(/\bb\.(?=\S)/g, 'bei ').replace(/\bu\.(?=\S)/g, 'und ')
    .replace(/\s+/g, ' ').trim();
  return /(^|[\s(/])(?!St\.|Hann\.)[A-Za-zÄÖÜäöüß]{1,5}\./.test(s) ? '' : s;
}

// Hessian districts officially called "Kreis ..." (all others there are "Landkreis ..."); NW and SH have only "Kreis".
const KREIS_HE = new Set(['06431', '06433', '06438']);
// Unincorporated areas (gemeindefreie Gebiete: forests, lakes, Forstgutsbezirke) are left out: in Bavaria their AGS
// number is 4xx, in Lower Saxony 5xx, in Baden-Württemberg 9xx; elsewhere they show in the name.
const UNINCORPORATED = { '09': 400, '03': 500, '08': 900 };
const unincorporated = (ags, name) =>
  Number(ags.slice(5)) >= (UNINCORPORATED[ags.slice(0, 2)] ?? 1000) || /Forstgutsbez|^Gutsbezirk |\(Landkreis /.test(name);

export async function load({ mirrorDir }) {
  const country = countryIdsByIso2().get('DE');
  const gem = tsv(gitShow(mirrorDir, source.commit, source.paths[0]));
  const kreise = tsv(gitShow(mirrorDir, source.commit, source.paths[1]));
  const entries = [];
  const gemQids = new Set();
  const gemNames = new Set();
  for (const r of gem) {
    if (unincorporated(r.admin_code, r.display_name)) continue;
    const long = expand(r.display_name);
    const name = long || r.display_name;
    gemQids.add(r.territory_wikidata_id);
    gemNames.add(name);
    entries.push(makeEntry({
      type: 'LOC', schemaType: 'City', name, aliases: [long && long !== r.display_name ? r.display_name : ''],
      qid: r.territory_wikidata_id, country, source: source.id,
    }));
  }
  for (const r of kreise) {
    const qid = r.territory_wikidata_id;
    if (gemQids.has(qid)) continue; // kreisfreie Stadt (Stadtkreis), Berlin, Hamburg, Bremen: the municipality entry
    const bare = expand(r.display_name) || r.display_name;
    const own = /kreis|^Region |^Städteregion |^Regionalverband /i.test(bare);
    const kreisOnly = ['01', '05'].includes(r.admin_code.slice(0, 2)) || KREIS_HE.has(r.admin_code);
    const name = own ? bare : `${kreisOnly ? 'Kreis' : 'Landkreis'} ${bare}`;
    const aliases = own ? [] : [`${kreisOnly ? 'Landkreis' : 'Kreis'} ${bare}`];
    // The bare name only where it is a compound no municipality bears ("Rhein-Sieg", "Märkisch-Oderland").
    if (!own && bare.includes('-') && !gemNames.has(bare)) aliases.push(bare);
    entries.push(makeEntry({ type: 'LOC', schemaType: 'AdministrativeArea', name, aliases, qid, country, source: source.id }));
  }
  return dedupe(entries);
}
