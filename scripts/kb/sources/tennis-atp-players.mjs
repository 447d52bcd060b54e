/**
 * Men's tennis players of the ATP tour with their Wikidata items, as link-only PER entries, from Jeff Sackmann's
 * tennis_atp database (`atp_players.csv`, column `wikidata_id`); born 1940 or later, with 10 or more
 * tour-level main-draw matches since 1990 (`atp_matches_<year>.csv`), full names only.
 * `country` from the IOC code; context words of a tennis report (`Tennis`, `ATP`, `Wimbledon`, `Satz`).
 * Licence: CC BY-NC-SA 4.0 (see _sackmann.mjs): not built (`excluded`) until the project clears it for an MIT tool.
 */
import { loadPlayers, SACKMANN_EXCLUDED, SACKMANN_LICENCE, SACKMANN_QIDS } from './_sackmann.mjs';

export const source = {
  id: 'tennis-atp-players',
  title: 'ATP tennis players with Wikidata QIDs (JeffSackmann/tennis_atp)',
  repository: 'https://github.com/JeffSackmann/tennis_atp',
  commit: '5b6263dc487b4fa4fa35326764bc9b0215042a42',
  paths: ['atp_players.csv'],
  licence: SACKMANN_LICENCE,
  qids: SACKMANN_QIDS,
};

/** Not built: the table's licence forbids commercial use, faktum is MIT-licensed (see data/kb/sources/README.md). */
export const excluded = SACKMANN_EXCLUDED;

export async function load({ mirrorDir }) {
  return loadPlayers({ mirrorDir, commit: source.commit, path: 'atp_players.csv', tour: 'atp', sourceId: source.id });
}
