import type { Doc } from '../../document/doc.js';
import { isOrganisationNoun } from '../../lang/de/organisation-nouns.js';
import { roleOf } from '../../lang/de/roles.js';
import { PRIORITY, type Candidate } from './candidate.js';

/** True when `inner` lies inside `outer` and is shorter. */
const inside = (inner: Candidate, outer: Candidate) => inner.start >= outer.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start;

/**
 * A learned organisation or work name that contains a place is one name, not a place: `Borussia Dortmund`,
 * `Universität Hamburg`, `New York Times`. Without this step the KB gazetteer (priority above the
 * model) would take the place out of the middle and break the name. Such model candidates, of two words or more,
 * are raised above the gazetteer; the place inside then loses the overlap.
 *
 * A place *adjective* followed by one noun counts too (`Berliner Zeitung`, `Frankfurter Börse`,
 * `Berliner Verkehrsbetriebe`), unless the noun describes rather than names: a KB name (`die Frankfurter
 * Commerzbank`, `der Deutsche Bundestag`), a noun for a kind of organisation (`der Münchner Autobauer`, `der
 * Berliner Onlinehändler`) or a role. Then the adjective stays a `deriv` mention.
 */
export function promoteNamesAroundPlaces(doc: Doc, candidates: readonly Candidate[]): Candidate[] {
  const places = candidates.filter((c) => c.type === 'LOC' && c.kind === 'name' && c.source !== 'model');
  const adjectives = candidates.filter((c) => c.type === 'LOC' && c.kind === 'deriv' && c.source !== 'model');
  if (!places.length && !adjectives.length) return [...candidates];
  const known = candidates.filter((c) => c.source === 'gazetteer' && c.type !== 'LOC');
  return candidates.map((c) => {
    if (c.source !== 'model' || c.kind !== 'name' || (c.type !== 'ORG' && c.type !== 'OTH')) return c;
    const aroundPlace = places.some((p) => inside(p, c));
    const opener = adjectives.find((a) => a.start === c.start && a.end < c.end);
    return aroundPlace || (opener && namesWithAdjective(doc, opener, c, known)) ? { ...c, priority: PRIORITY.gazetteer + 20 } : c;
  });
}

/** True when `name` is the place adjective `opener` plus one noun that names (see promoteNamesAroundPlaces). */
function namesWithAdjective(doc: Doc, opener: Candidate, name: Candidate, known: readonly Candidate[]): boolean {
  const rest = doc.text.slice(opener.end, name.end).trim();
  if (!rest || /\s/.test(rest)) return false;
  // a KB name over the rest (`Commerzbank`) or over the whole (`Berliner Zeitung`, with its id) wins as it is
  if (known.some((k) => k.start < name.end && k.end > opener.end)) return false;
  return !isOrganisationNoun(rest) && roleOf(rest) === undefined;
}
