/**
 * Natural Earth 1:10m populated places (data version 4.0.0, 7,343 cities and towns worldwide, 7,096 with a QID) as
 * link-only KB entries: the finer companion of natural-earth-populated-places (1:50m, 1,249 places), same fields.
 * Read from martynafford/natural-earth-geojson (a CC0 GeoJSON conversion of the public-domain Natural Earth
 * shapefiles), where the 16 MB GeoJSON is only stored as a 7-Zip archive (1.2 MB): load() unpacks it with a 7-Zip
 * binary (`7zz`, `7z` or `7za` on PATH; Debian/Ubuntu package `7zip` or `p7zip-full`).
 * QIDs: Natural Earth's `wikidataid` column, added by the Natural Earth maintainers by matching each place to Wikidata
 * by name and location and reviewing the matches; NAME_DE/NAME_EN were taken from the Wikidata labels.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countryIdsByIso2, dedupe, gitShowBuffer, makeEntry } from './_common.mjs';

export const source = {
  id: 'natural-earth-populated-places-10m',
  title: 'Natural Earth 1:10m populated places (v4.0.0, GeoJSON conversion, 7-Zip archive)',
  repository: 'https://github.com/martynafford/natural-earth-geojson',
  commit: '0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e',
  paths: ['10m/cultural/ne_10m_populated_places.7z'],
  licence: 'Public domain (Natural Earth); the GeoJSON conversion repository is CC0-1.0 (file `licence`)',
  qids: 'Natural Earth column `wikidataid`, added by the Natural Earth maintainers by matching places to Wikidata (name + location), reviewed by hand',
};

/** The JSON text of the one file in a 7-Zip archive, unpacked by the first 7-Zip binary found. */
function un7z(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'ne10m-'));
  try {
    const file = join(dir, 'a.7z');
    writeFileSync(file, bytes);
    for (const bin of ['7zz', '7z', '7za']) {
      const r = spawnSync(bin, ['x', '-so', file], { maxBuffer: 1 << 28 });
      if (!r.error && r.status === 0) return r.stdout.toString('utf8');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error('natural-earth-populated-places-10m: no working 7-Zip binary (7zz, 7z or 7za) on PATH');
}

const str = (v) => (typeof v === 'string' && v.trim() && v !== '-99' ? v.trim() : '');

export async function load({ mirrorDir }) {
  const countries = countryIdsByIso2();
  const geo = JSON.parse(un7z(gitShowBuffer(mirrorDir, source.commit, source.paths[0])));
  const entries = [];
  for (const { properties: p } of geo.features) {
    const qid = str(p.wikidataid);
    const en = str(p.NAME_EN) || str(p.NAME);
    // Wikidata's German labels carry Wikipedia-style qualifiers ("Ames (Iowa)", "Aksu (Stadt)"): dropped.
    const name = (str(p.NAME_DE) || en).replace(/^Präfektur /, '').replace(/ \([^)]*\)$/, '');
    if (!qid || !name) continue;
    const station = p.FEATURECLA === 'Scientific station';
    entries.push(makeEntry({
      type: 'LOC',
      schemaType: station ? 'Place' : 'City',
      name,
      nameEn: en,
      // NAMEALT is left out (agglomeration names, notes); NAMEPAR is a former/local name except at research stations.
      aliases: [str(p.NAME), en, station ? '' : str(p.NAMEPAR), str(p.NAMEASCII)],
      qid,
      country: countries.get(p.ADM0_A3 === 'KOS' ? 'XK' : str(p.ISO_A2).toUpperCase()), // Kosovo: ISO_A2 -99 in NE
      population: Number(p.POP_MAX),
      source: source.id,
    }));
  }
  // When two places share a QID, keep the more populous one.
  entries.sort((a, b) => (b?.population ?? 0) - (a?.population ?? 0));
  return dedupe(entries);
}
