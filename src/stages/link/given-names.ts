import type { KbEntry } from '../../kb/types.js';
import type { CandidateIndex } from './candidate-index.js';
import { foldKey } from './fold.js';

/**
 * Multi-word KB names starting with a given name below which it is rare: `Serena` (3), `Hildegard` (2),
 * `Benedict` (6), but not `Julia` (46), `Klaus` (100) or `Thomas` (399). A rare given name before a common surname
 * makes a full name that names few people (`Serena Williams`), where a common one names many (`Klaus Müller`).
 */
export const RARE_GIVEN_NAME = 20;

/** True when the first word of a person entry's name starts fewer than {@link RARE_GIVEN_NAME} multi-word KB names. */
export function rareGivenName(entry: KbEntry, index: CandidateIndex): boolean {
  const key = foldKey(entry.name);
  const space = key.indexOf(' ');
  return space > 0 && index.keysStartingWith(key.slice(0, space), RARE_GIVEN_NAME) < RARE_GIVEN_NAME;
}
