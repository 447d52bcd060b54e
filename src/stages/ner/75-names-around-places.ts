import { PRIORITY, type Candidate } from './candidate.js';

/**
 * A learned organisation or work name that contains a place is one name, not a place: `Borussia Dortmund`,
 * `Universität Hamburg`, `New York Times`. Without this step the KB gazetteer (priority above the
 * model) would take the place out of the middle and break the name. Such model candidates, of two words or more,
 * are raised above the gazetteer; the place inside then loses the overlap. Only place *names* count: a place
 * adjective before a company (`die Frankfurter Commerzbank`) describes it and stays a `deriv` mention.
 */
export function promoteNamesAroundPlaces(candidates: readonly Candidate[]): Candidate[] {
  const places = candidates.filter((c) => c.type === 'LOC' && c.kind === 'name' && c.source !== 'model');
  if (!places.length) return [...candidates];
  return candidates.map((c) => {
    if (c.source !== 'model' || c.kind !== 'name' || (c.type !== 'ORG' && c.type !== 'OTH')) return c;
    const contains = places.some((p) => p.start >= c.start && p.end <= c.end && p.end - p.start < c.end - c.start);
    return contains ? { ...c, priority: PRIORITY.gazetteer + 20 } : c;
  });
}
