import { describe, expect, it } from 'vitest';
import { qidOf } from './person-qid.js';

/**
 * Entries that took their QID from a row dixus/zeitkette typed in by hand (round sitelink counts) carried other
 * people's ids: Eric Clapton had Morgan Freeman's, Jack Ma Shang-Hua Teng's (data/kb/sources/README.md, issue 15).
 * Each now has the QID confirmed in another public file (Jack Ma and Satya Nadella since the fifth pass of
 * data/kb/frequency/README.md), or none (sentences written for this test).
 */
describe('QIDs once taken from hand-typed zeitkette rows', () => {
  it.each([
    ['Eric Clapton: Q48187, not Morgan Freeman\'s Q48337', 'Der Gitarrist Eric Clapton gab am Abend ein Konzert in der Berliner Waldbühne.', 'Eric Clapton', 'Q48187'],
    ['Pierre Boulez: Q156193, not the unconfirmed Q152158', 'Der Dirigent Pierre Boulez leitete die Uraufführung in Paris.', 'Pierre Boulez', 'Q156193'],
    ['Peter Thiel: Q705525, not the unconfirmed Q431223', 'Der Investor Peter Thiel unterstützt das Start-up mit zehn Millionen Dollar.', 'Peter Thiel', 'Q705525'],
    ['Jack Ma: Q1137062 from other files, not Shang-Hua Teng\'s Q92663', 'Alibaba-Gründer Jack Ma trat am Dienstag in Hangzhou auf.', 'Jack Ma', 'Q1137062'],
    ['Satya Nadella: Q7426870 from other files, not the unconfirmed Q14597889', 'Microsoft-Chef Satya Nadella kündigte neue Investitionen in Deutschland an.', 'Satya Nadella', 'Q7426870'],
    ['Niki Lauda: Q78489 from another file, the zeitkette row no longer loaded', 'Der frühere Rennfahrer Niki Lauda gründete in Wien eine Fluggesellschaft.', 'Niki Lauda', 'Q78489'],
  ])('%s', async (_case, text, name, qid) => {
    expect(await qidOf(text, name)).toBe(qid);
  });
});
