/**
 * Natural Earth 1:50m populated places (data version 4.0.0, 1,249 cities and towns worldwide) as link-only KB entries,
 * read from martynafford/natural-earth-geojson, a GeoJSON conversion (ogr2ogr) of the public-domain Natural Earth
 * shapefiles, released there under CC0. Natural Earth itself is public domain. Natural Earth's maintainers added the
 * `wikidataid` column (and the NAME_DE/NAME_EN/... label columns, taken from Wikidata) by matching each place to
 * Wikidata by name and coordinates and reviewing the matches (see nvkelso/natural-earth-vector tools/wikidata).
 * The 1:10m layer (7,342 places) is not used: in that repository only its 7-Zip archive is small enough to be in the
 * snapshot, and nvkelso/natural-earth-vector itself is too large to fetch here.
 */
import { countryIdsByIso2, dedupe, gitShow, makeEntry } from './_common.mjs';

export const source = {
  id: 'natural-earth-populated-places',
  title: 'Natural Earth 1:50m populated places (v4.0.0, GeoJSON conversion)',
  repository: 'https://github.com/martynafford/natural-earth-geojson',
  commit: '0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e',
  paths: ['50m/cultural/ne_50m_populated_places.json'],
  licence: 'Public domain (Natural Earth); the GeoJSON conversion repository is CC0-1.0 (file `licence`)',
  qids: 'Natural Earth column `wikidataid`, added by the Natural Earth maintainers by matching places to Wikidata (name + location), reviewed by hand',
};

const str = (v) => (typeof v === 'string' && v.trim() && v !== '-99' ? v.trim() : '');
// NAMEALT is left out: it mixes UN agglomeration names ("New York-Newark"), notes ("Formerly ...") and garbled text.
// NAMEPAR (a former or local name: Bombay, Praha, Wien) is kept, except for research stations, where it holds the
// operating country.

export async function load({ mirrorDir }) {
  const countries = countryIdsByIso2();
  const geo = JSON.parse(gitShow(mirrorDir, source.commit, source.paths[0]));
  const entries = [];
  for (const { properties: p } of geo.features) {
    const qid = str(p.wikidataid);
    const en = str(p.NAME_EN) || str(p.NAME);
    const name = (str(p.NAME_DE) || en).replace(/^Präfektur /, ''); // Wikidata's label of Q1490 (Tokyo)
    if (!qid || !name) continue;
    const station = p.FEATURECLA === 'Scientific station';
    entries.push(makeEntry({
      type: 'LOC',
      schemaType: station ? 'Place' : 'City',
      name,
      nameEn: en,
      aliases: [str(p.NAME), en, station ? '' : str(p.NAMEPAR), str(p.NAMEASCII)],
      qid,
      country: countries.get(str(p.ISO_A2).toUpperCase()),
      population: Number(p.POP_MAX),
      source: source.id,
    }));
  }
  // When two places share a QID, keep the more populous one.
  entries.sort((a, b) => (b?.population ?? 0) - (a?.population ?? 0));
  return dedupe(entries);
}
