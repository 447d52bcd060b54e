/** Shared reader for Jeff Sackmann's tennis databases (JeffSackmann/tennis_atp, JeffSackmann/tennis_wta): the player
 * files `atp_players.csv` / `wta_players.csv` (player_id, name_first, name_last, hand, dob, ioc, height, wikidata_id).
 * The `wikidata_id` column is kept by the author of the tables (Tennis Abstract); about one player in thirteen has one,
 * almost all of them tour-level players. */
import { dedupe, gitLs, gitShow, makeEntry, parseCsv } from './_common.mjs';
import { countryIdsByIoc, TENNIS_WORDS_DE } from './_sports.mjs';

export const SACKMANN_LICENCE = 'CC BY-NC-SA 4.0 (Jeff Sackmann / Tennis Abstract, README "License"): attribution, '
  + 'non-commercial use only, share alike; faktum takes only name, country and the Wikidata QID (Wikidata content, CC0)';
/** Why the tennis modules are not built by default: remove their `excluded` export once the licence is cleared. */
export const SACKMANN_EXCLUDED = 'CC BY-NC-SA 4.0 (non-commercial, share-alike) does not fit faktum\'s MIT licence; the project has to decide before shipping it';
export const SACKMANN_QIDS = 'the `wikidata_id` column of the player file, set by the table\'s author for tour-level players';

/** Players born before this year are left out (namesakes of living people; old players seldom make the news). */
const MIN_BIRTH = 1940;
/** Tour-level main-draw matches since 1990 a player needs (`<tour>_matches_<year>.csv`): the players news reports on. */
const MIN_MATCHES = 10;

/** player_id -> number of tour-level main-draw matches 1990 and later. */
function tourMatches(mirrorDir, commit, tour) {
  const n = new Map();
  for (const path of gitLs(mirrorDir, commit, '.').filter((p) => new RegExp(`^${tour}_matches_(199\\d|20\\d\\d)\\.csv$`).test(p))) {
    for (const r of parseCsv(gitShow(mirrorDir, commit, path))) for (const id of [r.winner_id, r.loser_id]) n.set(id, (n.get(id) ?? 0) + 1);
  }
  return n;
}

/** Link-only PER entries of the `tour`'s ('atp', 'wta') players with a QID in `path` at `commit`. */
export function loadPlayers({ mirrorDir, commit, path, tour, sourceId }) {
  const country = countryIdsByIoc();
  const matches = tourMatches(mirrorDir, commit, tour);
  const rows = parseCsv(gitShow(mirrorDir, commit, path)).filter((r) => (matches.get(r.player_id) ?? 0) >= MIN_MATCHES);
  return dedupe(rows.map((r) => {
    const first = (r.name_first ?? '').trim();
    const last = (r.name_last ?? '').trim();
    const born = Number((r.dob ?? '').slice(0, 4));
    // Initials ("J. Smith"), single names and players without a birth year are too ambiguous.
    if (!first || !last || /^\p{L}\.?$/u.test(first) || first.includes('.') || !(born >= MIN_BIRTH)) return null;
    const e = makeEntry({ type: 'PER', schemaType: 'Person', name: `${first} ${last}`, qid: r.wikidata_id, country: country(r.ioc), source: sourceId });
    return e && { ...e, context: TENNIS_WORDS_DE };
  }));
}
