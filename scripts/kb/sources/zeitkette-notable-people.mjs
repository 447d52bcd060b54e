/**
 * Notable people born 1850 or later with their Wikidata items, as link-only PER entries, from dixus/zeitkette (a
 * timeline of famous people: `public/people.json`, chosen from Wikidata by number of Wikipedia sitelinks, at least
 * about 50 for modern people, plus Nobel laureates). Scientists, writers, musicians, actors, business people,
 * politicians of the 20th and 21st centuries. Name: the Wikidata label the repository fetched (English, else German).
 * Left out: people born before 1850 (their English names, `Frederick III`, are not what German news writes), single
 * names, names with roman numerals or an initial first (`B. F. Skinner`), and groups (`The Beatles`); and every
 * person whose `sitelinks` is a multiple of five. The file mixes the SPARQL results (exact sitelink counts) with
 * people written by hand in the repository's curation scripts (`scripts/archive/curatedCenturyFigures.cjs`: round
 * counts such as 150, and QIDs typed in): checked against two tables whose QIDs come from Wikidata itself
 * (persons-fb15k, olympics-medalists-world), 61 of 273 round-count people carried another person's or a wrong QID
 * (`Al Pacino` Q36949 is Robert De Niro, `Sean Connery` Q39476 is Emma Watson), 2 of 163 exact-count ones. A
 * round-count person is kept only where the FB15k table of persons-fb15k (villmow/datasets_knowledge_embedding, when
 * fetched beside this repository) gives that QID this very name: 212 (Albert Einstein, John F. Kennedy).
 * Licence: no licence file in the repository; what is taken (labels, QIDs) is Wikidata content (CC0).
 */
import { countryIdsByIso2, dedupe, gitShow, makeEntry } from './_common.mjs';
import { fb15kNamesByQid } from './persons-fb15k.mjs';

export const source = {
  id: 'zeitkette-notable-people',
  title: 'Notable people of the 20th and 21st centuries with Wikidata QIDs (dixus/zeitkette)',
  repository: 'https://github.com/dixus/zeitkette',
  commit: '0f09f4d38f62795541c90cf8eac5400286d43df2',
  paths: ['public/people.json'],
  licence: 'no licence file in the repository; the labels and QIDs used are Wikidata content (CC0)',
  qids: 'Wikidata items of humans (P31 Q5) selected by birth decade and sitelink count with the Wikidata SPARQL service by the repository\'s scripts (scripts/fetchWikidataByDecade.cjs); people its curation scripts typed in by hand (round sitelink counts) only where the FB15k table of villmow/datasets_knowledge_embedding gives that QID the same name',
};

const MIN_BIRTH = 1850;
/** The repository's region codes are ISO 3166-1 alpha-2, except `UK`. */
const iso2 = (r) => (r === 'UK' ? 'GB' : r);

export async function load({ mirrorDir }) {
  const countries = countryIdsByIso2();
  const people = JSON.parse(gitShow(mirrorDir, source.commit, 'public/people.json'));
  const confirmed = fb15kNamesByQid(mirrorDir);
  return dedupe(people.map((p) => {
    const name = String(p.name ?? '').trim();
    if (!(p.born >= MIN_BIRTH) || !/\s/.test(name) || /\b[IVX]+\b|^The\s|^\p{Lu}\.\s|[\d"]/u.test(name)) return null;
    // A round sitelink count marks a hand-written person (QID typed in, often wrong): kept only where the FB15k table
    // gives that QID this very name (also drops SPARQL results whose count happens to be a multiple of five).
    if (!Number.isInteger(p.sitelinks) || (p.sitelinks % 5 === 0 && !confirmed.get(p.qid)?.has(name))) return null;
    return makeEntry({ type: 'PER', schemaType: 'Person', name, qid: p.qid, country: countries.get(iso2(p.region)), source: source.id });
  }));
}
