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

/** { index, qidOf: Map<player index, 'Q…'> } */
export function readIstintopuro(mirrorDir) {
  const index = JSON.parse(gitShow(mirrorDir, ISTINTOPURO.commit, 'site/data/index.json'));
  const qidOf = new Map();
  for (const path of gitLs(mirrorDir, ISTINTOPURO.commit, 'site/data/career')) {
    for (const [pid, [qnum]] of Object.entries(JSON.parse(gitShow(mirrorDir, ISTINTOPURO.commit, path)))) {
      if (Number.isInteger(qnum) && qnum > 0) qidOf.set(Number(pid), `Q${qnum}`);
    }
  }
  return { index, qidOf };
}
