import type { Doc } from '../../document/doc.js';
import { firstStartingAt } from '../../document/offsets.js';
import type { Candidate } from './candidate.js';

/** Last words of street names (`Neuendorfer Straße`, `Knoopstraße`, `Bundesstraße`, `Am Alten Markt` is none). */
const STREET = /(stra(ß|ss)e|gasse|allee|weg|damm|chaussee|ufer)$/iu;

/** A house or road number: one to three digits and an optional letter (`90c`, `216`); not a year (`2019`). */
const NUMBER = /^\d{1,3}[a-z]?$/u;

/**
 * An address is one place with its number (GermEval: `Neuendorfer Straße 90c`, `Bundesstraße 216` are LOC): a place
 * candidate whose last word names a street takes the house or road number right after it, in its sentence, unless a
 * capitalised word follows the number, which it counts (`in der Goethestraße 12 Wohnungen`).
 */
export function extendStreetNumbers(doc: Doc, candidates: readonly Candidate[]): Candidate[] {
  const t = doc.tokens;
  return candidates.map((c) => {
    if (c.type !== 'LOC' || c.kind !== 'name' || !STREET.test(doc.text.slice(c.start, c.end))) return c;
    const i = firstStartingAt(t, c.end);
    const last = t[i - 1];
    const number = t[i];
    if (!last || !number || last.end !== c.end || number.sentence !== last.sentence || !NUMBER.test(number.norm)) return c;
    const after = t[i + 1];
    if (after && after.sentence === number.sentence && /^\p{Lu}/u.test(after.norm)) return c;
    return { ...c, end: number.end };
  });
}
