/**
 * Members of 18 more parliaments with their Wikidata items, as link-only PER entries (name: German Wikidata label,
 * else the native one; aliases: native and English labels), from EveryPolitician's 2015-11-30 data; see
 * _everypolitician.mjs for how the scraper got the QIDs. The European neighbours and the English-speaking
 * democracies whose politicians German news names (Norway, Finland, the Baltic states, the Balkans, the UK's devolved
 * parliaments, Canada, Australia, New Zealand); `country` per parliament. Only members alive in 2015 and born 1940
 * or later with a known birth date (Wikidata's `birth_date`, `death_date`): Norway's table alone lists 1,140 members of
 * every Storting since 1945, and former members of small parliaments seldom make German news.
 */
import { dedupe } from './_common.mjs';
import { EP_COMMIT, EP_LICENCE, EP_QIDS, EP_REPOSITORY, loadMembers } from './_everypolitician.mjs';

/** [legislature directory, ISO 3166-1 alpha-2 of its country] */
const DIRS = [
  ['data/Norway/Storting', 'NO'], ['data/Finland/Eduskunta', 'FI'], ['data/Estonia/Riigikogu', 'EE'], ['data/Latvia/Saeima', 'LV'],
  ['data/Bulgaria/National_Assembly', 'BG'], ['data/Slovenia/National_Assembly', 'SI'], ['data/Croatia/Sabor', 'HR'],
  ['data/Malta/Assembly', 'MT'], ['data/Moldova/Parlamentul', 'MD'], ['data/Albania/Assembly', 'AL'], ['data/Armenia/Assembly', 'AM'],
  ['data/Georgia/Parliament', 'GE'], ['data/Scotland/Parliament', 'GB'], ['data/Northern_Ireland/Assembly', 'GB'],
  ['data/Wales/Assembly', 'GB'], ['data/Canada/Commons', 'CA'], ['data/Australia/Representatives', 'AU'], ['data/New_Zealand/House', 'NZ'],
];

export const source = {
  id: 'everypolitician-more',
  title: 'EveryPolitician: living members of 18 more parliaments (Europe, Canada, Australia, New Zealand)',
  repository: EP_REPOSITORY,
  commit: EP_COMMIT,
  paths: DIRS.map(([dir]) => `${dir}/sources/morph/wikidata.csv`),
  licence: EP_LICENCE,
  qids: EP_QIDS,
};

/** Living members born 1940 or later. */
const keep = (r) => !r.death_date && Number((r.birth_date ?? '').slice(0, 4)) >= 1940;

export async function load({ mirrorDir }) {
  return dedupe(DIRS.flatMap(([dir, iso2]) => loadMembers({ mirrorDir, dirs: [dir], iso2, sourceId: source.id, keep })));
}
