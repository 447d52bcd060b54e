/** Shared reader for the EveryPolitician modules (everypolitician-<country>-<house>, everypolitician-parties).
 * Data: a 2015-11-30 copy of everypolitician/everypolitician-data (the fork tijmenb/everypolitician-data; the
 * original repository, 2.5 GB, is too large to fetch here). Each legislature's `sources/morph/wikidata.csv` is the
 * output of an EveryPolitician Wikidata scraper: the members named in that parliament's Wikipedia member lists,
 * looked up through their Wikipedia articles' Wikidata sitelinks, with the items' labels per language. */
import { countryIdsByIso2, dedupe, gitLs, gitShow, makeEntry, parseCsv } from './_common.mjs';

export const EP_REPOSITORY = 'https://github.com/tijmenb/everypolitician-data';
export const EP_COMMIT = '0642e77ac8a13bcd8017b245825c3aba349d3e6a';
export const EP_LICENCE = 'EveryPolitician data, published for free reuse by mySociety (no licence file in the repository); '
  + 'the QIDs and labels used here are Wikidata content (CC0)';
export const EP_QIDS = 'Wikidata items of the Wikipedia articles of the members (Wikipedia sitelinks), fetched by EveryPolitician\'s morph.io wikidata scrapers';

/** Drops Wikipedia-title disambiguation: "Alicja Dąbrowska (polityk)" -> "Alicja Dąbrowska". */
const plain = (s) => (s ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();

/** Person entries for the legislature directories `dirs` (e.g. ['data/Germany/Bundestag']) of one country; `keep`
 * (optional) chooses rows of the CSV (`birth_date`, `death_date` are Wikidata's). */
export function loadMembers({ mirrorDir, dirs, iso2, sourceId, keep = () => true }) {
  const rows = dirs.flatMap((dir) => parseCsv(gitShow(mirrorDir, EP_COMMIT, `${dir}/sources/morph/wikidata.csv`))).filter(keep);
  const country = countryIdsByIso2().get(iso2);
  return dedupe(rows.map((r) => {
    const native = plain(r.name);
    const en = plain(r.name__en);
    return makeEntry({
      type: 'PER',
      schemaType: 'Person',
      name: plain(r.name__de) || native || en,
      nameEn: en,
      aliases: [native, en],
      qid: r.id,
      country,
      source: sourceId,
    });
  }));
}

/** Party entries from the legislatures' `sources/wikidata/groups.json` and `parties.json` (Wikidata items of the
 * parliamentary groups, with their labels in `other_names`). */
export function loadParties({ mirrorDir, dirs, sourceId }) {
  const countries = countryIdsByIso2();
  const entries = [];
  for (const [dir, iso2] of dirs) {
    for (const path of gitLs(mirrorDir, EP_COMMIT, `${dir}/sources/wikidata`).filter((p) => /\/(groups|parties)\.json$/.test(p))) {
      for (const g of Object.values(JSON.parse(gitShow(mirrorDir, EP_COMMIT, path)))) {
        const qid = (g.identifiers ?? []).find((i) => i.scheme === 'wikidata')?.identifier;
        const label = (lang) => (g.other_names ?? []).find((n) => n.lang === lang)?.name;
        const nativeLang = { ES: 'es', SE: 'sv', IE: 'ga', RU: 'ru', PT: 'pt', US: 'en', GB: 'en' }[iso2];
        const en = label('en');
        const name = label('de') || en || g.name;
        if (!qid || !name) continue;
        entries.push(makeEntry({
          type: 'ORG',
          schemaType: 'PoliticalParty',
          name,
          nameEn: en,
          aliases: [en, label(nativeLang), g.name].map(plain),
          qid,
          country: countries.get(iso2),
          source: sourceId,
        }));
      }
    }
  }
  return dedupe(entries);
}
