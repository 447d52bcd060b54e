/**
 * Swiss Gemeinden (2,110) and cantons (26) as link-only KB entries, read from phil2strass/geo-api
 * `scripts/data/ch_admin_seed.tsv` (level, BFS Gemeindenummer or canton code, official name, QID). Names and numbers
 * are the Federal Statistical Office's (BFS Amtliches Gemeindeverzeichnis, free use with source named); the repository
 * has no licence file; the QIDs are Wikidata content (CC0). QIDs: the repository's seed scripts matched each BFS number
 * to the Wikidata item carrying it as P771 (Swiss municipality code) and the cantons by their codes.
 * No population in this source. Names: the BFS canton suffix of homonymous municipalities is dropped
 * ("Buchs (ZH)" -> "Buchs", the original kept as alias); cantons are "Kanton Bern", "Kanton Fribourg" with the other
 * official language forms as aliases ("Kanton Freiburg"); bilingual municipality names stay as BFS writes them
 * ("Biel/Bienne"). German exonyms (Genf, Waadt, Tessin) are not in this source.
 */
import { countryIdsByIso2, dedupe, gitShow, makeEntry } from './_common.mjs';
import { tsv } from './geo-api-at-municipalities.mjs';

export const source = {
  id: 'geo-api-ch-municipalities',
  title: 'Swiss Gemeinden and cantons with Wikidata QIDs (phil2strass/geo-api seed, BFS + Wikidata P771)',
  repository: 'https://github.com/phil2strass/geo-api',
  commit: '18d1a9e7d65a2db6871694ef06441dc3e45c3f33',
  paths: ['scripts/data/ch_admin_seed.tsv'],
  licence: 'No licence file in the repository. Names/numbers: BFS (opendata.swiss, free use with attribution); QIDs: Wikidata (CC0)',
  qids: 'Wikidata items with P771 (Swiss municipality code) = the BFS Gemeindenummer, cantons matched by code, by the repository\'s seed scripts',
};

const CANTON_SUFFIX = /\s*\((?:AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH)\)$/;
// Bare canton names that also name other well-known places (Freiburg im Breisgau, the Jura mountains, Berne = the city) get no alias.
const AMBIGUOUS = new Set(['Freiburg', 'Jura', 'Berne']);

export async function load({ mirrorDir }) {
  const country = countryIdsByIso2().get('CH');
  const rows = tsv(gitShow(mirrorDir, source.commit, source.paths[0]));
  const entries = [];
  const gemNames = new Set();
  for (const r of rows.filter((x) => x.level_code === 'municipality')) {
    const name = r.display_name.replace(CANTON_SUFFIX, '');
    gemNames.add(name);
    entries.push(makeEntry({
      type: 'LOC', schemaType: 'City', name, aliases: [name !== r.display_name ? r.display_name : ''],
      qid: r.territory_wikidata_id, country, source: source.id,
    }));
  }
  for (const r of rows.filter((x) => x.level_code === 'canton')) {
    const parts = r.display_name.split(' / ').map((s) => s.trim());
    const aliases = parts.slice(1).map((p) => `Kanton ${p}`);
    for (const p of parts) if (!gemNames.has(p) && !AMBIGUOUS.has(p)) aliases.push(p);
    entries.push(makeEntry({
      type: 'LOC', schemaType: 'State', name: `Kanton ${parts[0]}`, aliases, qid: r.territory_wikidata_id, country, source: source.id,
    }));
  }
  return dedupe(entries);
}
