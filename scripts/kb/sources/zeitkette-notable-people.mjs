/**
 * Notable people born 1850 or later with their Wikidata items, as link-only PER entries, from dixus/zeitkette (a
 * timeline of famous people: `public/people.json`, chosen from Wikidata by number of Wikipedia sitelinks, at least
 * about 50 for modern people, plus Nobel laureates). Scientists, writers, musicians, actors, business people,
 * politicians of the 20th and 21st centuries. Name: the Wikidata label the repository fetched (English, else German).
 * Left out: people born before 1850 (their English names, `Frederick III`, are not what German news writes), single
 * names, names with roman numerals or an initial first (`B. F. Skinner`), and groups (`The Beatles`).
 * Licence: no licence file in the repository; what is taken (labels, QIDs) is Wikidata content (CC0).
 */
import { countryIdsByIso2, dedupe, gitShow, makeEntry } from './_common.mjs';

export const source = {
  id: 'zeitkette-notable-people',
  title: 'Notable people of the 20th and 21st centuries with Wikidata QIDs (dixus/zeitkette)',
  repository: 'https://github.com/dixus/zeitkette',
  commit: '0f09f4d38f62795541c90cf8eac5400286d43df2',
  paths: ['public/people.json'],
  licence: 'no licence file in the repository; the labels and QIDs used are Wikidata content (CC0)',
  qids: 'Wikidata items of humans (P31 Q5) selected by birth decade and sitelink count with the Wikidata SPARQL service by the repository\'s scripts (scripts/fetchWikidataByDecade.cjs)',
};

const MIN_BIRTH = 1850;
/** The repository's region codes are ISO 3166-1 alpha-2, except `UK`. */
const iso2 = (r) => (r === 'UK' ? 'GB' : r);

export async function load({ mirrorDir }) {
  const countries = countryIdsByIso2();
  const people = JSON.parse(gitShow(mirrorDir, source.commit, 'public/people.json'));
  return dedupe(people.map((p) => {
    const name = String(p.name ?? '').trim();
    if (!(p.born >= MIN_BIRTH) || !/\s/.test(name) || /\b[IVX]+\b|^The\s|^\p{Lu}\.\s|[\d"]/u.test(name)) return null;
    return makeEntry({ type: 'PER', schemaType: 'Person', name, qid: p.qid, country: countries.get(iso2(p.region)), source: source.id });
  }));
}
