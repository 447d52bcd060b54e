/**
 * Parliamentary parties with a Wikidata item in EveryPolitician's 2015-11-30 data, as link-only ORG/PoliticalParty
 * entries: the `sources/wikidata/groups.json` / `parties.json` of the legislatures listed below (the others, Germany
 * included, had no party QIDs then). Name: German Wikidata label, else English, else EveryPolitician's name.
 */
import { EP_COMMIT, EP_LICENCE, EP_REPOSITORY, loadParties } from './_everypolitician.mjs';

const DIRS = [
  ['data/Spain/Congress', 'ES'], ['data/Sweden/Riksdag', 'SE'], ['data/Ireland/Dail', 'IE'], ['data/Russia/Duma', 'RU'],
  ['data/Portugal/Assembly', 'PT'], ['data/United_States_of_America/House', 'US'], ['data/United_States_of_America/Senate', 'US'],
  ['data/Scotland/Parliament', 'GB'], ['data/Northern_Ireland/Assembly', 'GB'],
];

export const source = {
  id: 'everypolitician-parties',
  title: 'EveryPolitician: parliamentary parties with Wikidata ids',
  repository: EP_REPOSITORY,
  commit: EP_COMMIT,
  paths: DIRS.map(([d]) => `${d}/sources/wikidata/`),
  licence: EP_LICENCE,
  qids: 'Wikidata ids of the parliamentary groups, set by hand in each legislature\'s sources/manual/group_wikidata.csv (or parties_wikidata.csv)',
};

export async function load({ mirrorDir }) {
  return loadParties({ mirrorDir, dirs: DIRS, sourceId: source.id });
}
