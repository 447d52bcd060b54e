import type { Token } from '../../document/types.js';
import { announcesNoun, DETERMINERS } from './determiners.js';

/**
 * Determiners that make the noun after them a common noun: indefinite (`eine Allianz`), negating (`keine Union`),
 * demonstrative and quantifying (`diese Bahn`, `jede Post`). A name takes none of them; the definite article it
 * may take (`der Allianz`, `die Bahn`).
 */
const INDEFINITE: ReadonlySet<string> = new Set(
  ('ein eine einen einem einer eines kein keine keinen keinem keiner keines jeder jede jedes jeden jedem ' +
    'dieser diese dieses diesen diesem solche solcher solchen welche welcher welches welchen').split(' '),
);

/**
 * True when token `i` follows an indefinite, negating or demonstrative determiner in its sentence, directly or
 * across at most two lower-case adjectives: `Vor einer Allianz sollten ...`, `eine neue, breite Allianz`.
 */
export function afterIndefinite(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i].sentence;
  for (let k = i - 1, adjectives = 0; k >= 0 && tokens[k].sentence === sentence; k--) {
    const w = tokens[k].norm;
    if (INDEFINITE.has(w.toLowerCase())) return true;
    if (w === ',' && adjectives > 0) continue;
    if (adjectives >= 2 || DETERMINERS.has(w.toLowerCase()) || !/^\p{Ll}/u.test(w) || !announcesNoun(w)) return false;
    adjectives++;
  }
  return false;
}
