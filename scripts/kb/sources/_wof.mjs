/** Shared reader for Who's On First admin repositories (whosonfirst-data/whosonfirst-data-admin-<cc>): one GeoJSON
 * file per place under data/, read in one `git cat-file --batch` pass. Used by whosonfirst-admin-at/-ch. */
import { gitCatTexts, gitLs } from './_common.mjs';

/** The `properties` of every place record (not the `-alt-` geometries) at `commit`. */
export function wofRecords(mirrorDir, commit) {
  const paths = gitLs(mirrorDir, commit, 'data').filter((p) => /\/\d+\.geojson$/.test(p));
  const records = gitCatTexts(mirrorDir, commit, paths).map((text) => JSON.parse(text).properties);
  return records;
}

export const first = (v) => (Array.isArray(v) && typeof v[0] === 'string' ? v[0].trim() : '');
/** Current records (mz:is_current = 1, not superseded) of one placetype that carry a Wikidata concordance. */
export const current = (records, placetype) => records.filter((p) => p['wof:placetype'] === placetype && p['mz:is_current'] === 1
  && !(p['wof:superseded_by'] ?? []).length && /^Q[1-9]\d*$/.test(p['wof:concordances']?.['wd:id'] ?? ''));
/** Lower-cased comparison key ("Sankt Gallen" = "St. Gallen"). */
export const key = (s) => s.toLowerCase().replace(/^sankt /, 'st. ');
/** Variant names fit as aliases of a place called `name`: only longer forms of the name ("Ebensee" -> "Ebensee am
 * Traunsee") and its St./Sankt spelling, no commas or digits, and not the name of another place in `taken`. WOF's other
 * variants mix short forms ("Pölten"), parts of the place and mistakes ("Enns, Niederösterreich"). */
export const variants = (name, list, taken) => (list ?? []).filter((v) => typeof v === 'string' && v !== name && !/[\d,]/.test(v)
  && (key(v).startsWith(`${key(name)} `) || (key(v) === key(name) && v.toLowerCase() !== name.toLowerCase())) && !taken.has(key(v)));
