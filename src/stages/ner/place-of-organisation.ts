import type { EntityType, Token } from '../../document/types.js';
import { isGenericAuthority, isVenueNoun } from '../../lang/de/organisation-nouns.js';

/**
 * The place inside an organisation span of the tagger (tokens `from + first` to `from + last`), as new first token
 * and type: a generic authority before a place names the place only (`die Polizei Daun` -> `Daun`, LOC), and a
 * venue is a place, not the organisation that runs it (`Berliner Olympiastadion`, `Zoo Leipzig`: LOC). Otherwise
 * the span stays as it is, an ORG (also when nothing is left of it: `last < first`).
 */
export function placeOfOrganisation(tokens: readonly Token[], from: number, first: number, last: number): { first: number; type: EntityType } {
  if (last < first) return { first, type: 'ORG' };
  if (first < last && isGenericAuthority(tokens[from + first].norm)) return { first: first + 1, type: 'LOC' };
  if (isVenueNoun(tokens[from + first].norm) || isVenueNoun(tokens[from + last].norm)) return { first, type: 'LOC' };
  return { first, type: 'ORG' };
}
