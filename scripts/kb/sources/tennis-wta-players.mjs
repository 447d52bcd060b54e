/**
 * Women's tennis players of the WTA tour with their Wikidata items, as link-only PER entries, from Jeff Sackmann's
 * tennis_wta database (`wta_players.csv`, column `wikidata_id`); born 1940 or later, with 10 or more
 * tour-level main-draw matches since 1990 (`wta_matches_<year>.csv`), full names only.
 * `country` from the IOC code; context words of a tennis report (`Tennis`, `WTA`, `Wimbledon`, `Satz`).
 * Licence: CC BY-NC-SA 4.0 (see _sackmann.mjs): not built (`excluded`) until the project clears it for an MIT tool.
 */
import { loadPlayers, SACKMANN_EXCLUDED, SACKMANN_LICENCE, SACKMANN_QIDS } from './_sackmann.mjs';

export const source = {
  id: 'tennis-wta-players',
  title: 'WTA tennis players with Wikidata QIDs (JeffSackmann/tennis_wta)',
  repository: 'https://github.com/JeffSackmann/tennis_wta',
  commit: '225f6afd12d906cbe9bfab507551cdc5f346a540',
  paths: ['wta_players.csv'],
  licence: SACKMANN_LICENCE,
  qids: SACKMANN_QIDS,
};

/** Not built: the table's licence forbids commercial use, faktum is MIT-licensed (see data/kb/sources/README.md). */
export const excluded = SACKMANN_EXCLUDED;

export async function load({ mirrorDir }) {
  return loadPlayers({ mirrorDir, commit: source.commit, path: 'wta_players.csv', tour: 'wta', sourceId: source.id });
}
