/**
 * Speakers of the German Bundestag and members of the Landtag of Brandenburg with their Wikidata items, as
 * link-only PER entries, from OpenParliamentTV-NEL (the Wikidata dumps of the Open Parliament TV project:
 * `data/05_enhanced/persons/DE.json`, `DE-BB.json`). Besides the members of the Bundestag (most of them are in the
 * shared Bundestag table, which is built first and keeps their QIDs) the Bundestag file holds the "other speakers"
 * who may address it: federal ministers, parliamentary and civil-service state secretaries, federal commissioners and
 * the members of the Bundesrat, that is the Länder governments (Ministerpräsidenten, Landesminister, Senatoren).
 * Names: the German Wikidata labels (a Wikipedia qualifier in brackets dropped: `Susanne Hoffmann (Politikerin)`).
 * Kept: people without a death date. Context: the Bundestag, the Bundesrat and German role words.
 */
import { countryIdsByIso2, dedupe, gitShow, makeEntry } from './_common.mjs';

const COMMIT = '5389cd7c55dee0c86aa64afb087a428c1bfc3b5b';
const PATHS = ['data/05_enhanced/persons/DE.json', 'data/05_enhanced/persons/DE-BB.json'];

/** Built after the other sources (build.mjs): a QID they hold keeps their entry, with its German names and aliases. */
export const late = 1;

export const source = {
  id: 'optv-speakers',
  title: 'Bundestag speakers (members, federal and Länder government members) and Brandenburg Landtag members with Wikidata QIDs (OpenParliamentTV-NEL)',
  repository: 'https://github.com/OpenParliamentTV/OpenParliamentTV-NEL',
  commit: COMMIT,
  paths: PATHS,
  licence: 'no licence file in the repository; what is taken, the labels and QIDs, is Wikidata content (CC0)',
  qids: 'Wikidata SPARQL selection by the repository\'s scripts (src/optv_nel/wikidata/queries.py): humans holding a position (P39) of member of the Bundestag or the Landtag of Brandenburg, or of Bundesrat member, federal minister, state secretary or federal commissioner',
};

const MEMBER = ['org:bundestag', 'Bundestag', 'Abgeordneter', 'Abgeordnete', 'MdB'];
const GOVERNMENT = ['Bundesrat', 'Minister', 'Ministerin', 'Landesregierung', 'Staatssekretär', 'Staatssekretärin', 'Senator', 'Senatorin', 'Ministerpräsident', 'Ministerpräsidentin'];
const BRANDENBURG = ['loc:brandenburg', 'Landtag', 'Abgeordneter', 'Abgeordnete', 'MdL'];

export async function load({ mirrorDir }) {
  const germany = countryIdsByIso2().get('DE');
  const entries = [];
  for (const path of PATHS) {
    for (const p of JSON.parse(gitShow(mirrorDir, COMMIT, path))) {
      if (p.dateOfDeath) continue;
      const name = String(p.label ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();
      if (!/\s/.test(name) || /\d|^\p{Lu}\.\s/u.test(name)) continue;
      const e = makeEntry({ type: 'PER', schemaType: 'Person', name, qid: p.id, country: germany, source: source.id });
      if (!e) continue;
      const types = String(p.type ?? '').split(',');
      const context = path.endsWith('DE-BB.json') ? BRANDENBURG
        : [...(types.includes('memberOfParliament') ? MEMBER : []), ...(types.includes('otherSpeaker') ? GOVERNMENT : [])];
      entries.push(context.length ? { ...e, context: [...new Set(context)] } : e);
    }
  }
  return dedupe(entries);
}
