/**
 * UK House of Commons members with their Wikidata items, as link-only PER entries (name: German Wikidata label, else the native one;
 * aliases: native and English labels). From EveryPolitician's 2015-11-30 data ('data/UK/Commons'); see _everypolitician.mjs
 * for how the scraper got the QIDs. Only people are taken; their parties are in everypolitician-parties where a QID exists.
 */
import { EP_COMMIT, EP_LICENCE, EP_QIDS, EP_REPOSITORY, loadMembers } from './_everypolitician.mjs';

export const source = {
  id: 'everypolitician-gb-commons',
  title: 'EveryPolitician: UK House of Commons members',
  repository: EP_REPOSITORY,
  commit: EP_COMMIT,
  paths: ['data/UK/Commons/sources/morph/wikidata.csv'],
  licence: EP_LICENCE,
  qids: EP_QIDS,
};

export async function load({ mirrorDir }) {
  return loadMembers({ mirrorDir, dirs: ['data/UK/Commons'], iso2: 'GB', sourceId: source.id });
}
