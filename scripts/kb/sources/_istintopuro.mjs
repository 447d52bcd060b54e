/** Shared reader for marcocosta97/istintopuro (a football quiz whose data is extracted from Wikidata): the static
 * index `site/data/index.json` (clubs with QIDs; player names, birth years, sporting nationality) and the career
 * shards `site/data/career/<n>.json`, which map each player index to [QID number, spells]. Used by
 * istintopuro-football-clubs and istintopuro-footballers. The commit is the last one whose index.json is under the
 * 4 MiB snapshot limit (later ones are absent from the snapshot). */
import { gitLs, gitShow } from './_common.mjs';

export const ISTINTOPURO = {
  repository: 'https://github.com/marcocosta97/istintopuro',
  commit: '500ba5be398745c508dcd44cd881551b0562aae9',
  licence: 'MIT (repository, LICENSE); the data is derived from Wikidata (CC0), career details from English Wikipedia infoboxes (not used here)',
};

/** Spells that ended before this year do not count as a player's club (news names today's and recent clubs). */
const RECENT = 2000;

/**
 * { index, qidOf: Map<player index, 'Q…'>, clubsOf: Map<player index, club QIDs> }: a player's clubs are those of
 * the index's club list (with their QIDs) of spells that ended in {@link RECENT} or later or have not ended.
 */
export function readIstintopuro(mirrorDir) {
  const index = JSON.parse(gitShow(mirrorDir, ISTINTOPURO.commit, 'site/data/index.json'));
  const clubQid = new Map(index.clubs.map((c) => [c[0], c[3]]).filter(([, q]) => /^Q\d+$/.test(String(q))));
  const qidOf = new Map();
  const clubsOf = new Map();
  for (const path of gitLs(mirrorDir, ISTINTOPURO.commit, 'site/data/career')) {
    for (const [pid, [qnum, spells]] of Object.entries(JSON.parse(gitShow(mirrorDir, ISTINTOPURO.commit, path)))) {
      if (!Number.isInteger(qnum) || qnum <= 0) continue;
      qidOf.set(Number(pid), `Q${qnum}`);
      const clubs = (spells ?? []).filter((s) => s[2] === null || s[2] >= RECENT).map((s) => clubQid.get(s[0])).filter(Boolean);
      if (clubs.length) clubsOf.set(Number(pid), [...new Set(clubs)]);
    }
  }
  return { index, qidOf, clubsOf };
}
