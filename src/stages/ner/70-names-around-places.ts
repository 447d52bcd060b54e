import type { Doc } from '../../document/doc.js';
import { SpanIndex } from '../../document/span-index.js';
import { isOrganisationNoun, isVenueNoun } from '../../lang/de/organisation-nouns.js';
import { roleOf } from '../../lang/de/roles.js';
import { PRIORITY, type Candidate } from './candidate.js';

/**
 * A learned organisation, work or place name that contains a place is one name, not a place: `Borussia Dortmund`,
 * `Universität Hamburg`, `New York Times`, `Rhode Island`, `Berliner Olympiastadion`. Without this step the KB gazetteer (priority above the
 * model) would take the place out of the middle and break the name. Such model candidates, of two words or more,
 * are raised above the gazetteer; the place inside then loses the overlap.
 *
 * A place *adjective* followed by one noun counts too (`Berliner Zeitung`, `Frankfurter Börse`,
 * `Berliner Verkehrsbetriebe`), unless the noun describes rather than names: a KB name (`die Frankfurter
 * Commerzbank`, `der Deutsche Bundestag`), a noun for a kind of organisation (`der Münchner Autobauer`, `der
 * Berliner Onlinehändler`) or a role. Then the adjective stays a `deriv` mention.
 */
export function promoteNamesAroundPlaces(doc: Doc, candidates: readonly Candidate[]): Candidate[] {
  const placeList = candidates.filter((c) => c.type === 'LOC' && c.kind === 'name' && c.source !== 'model');
  const adjectiveList = candidates.filter((c) => c.type === 'LOC' && c.kind === 'deriv' && c.source !== 'model');
  if (!placeList.length && !adjectiveList.length) return [...candidates];
  // Indexed by position: scanning every place for every name was quadratic in the length of the text.
  const places = new SpanIndex(placeList);
  const adjectives = new SpanIndex(adjectiveList);
  const known = new SpanIndex(candidates.filter((c) => c.source === 'gazetteer' && c.type !== 'LOC'));
  return candidates.map((c) => {
    if (c.source !== 'model' || c.kind !== 'name' || (c.type !== 'ORG' && c.type !== 'OTH' && c.type !== 'LOC')) return c;
    // A learned place around a KB place is a longer place name (`Kulturhaus Karlshorst`, `Rhode Island`,
    // `Zoo Leipzig` as a venue); two places joined by a slash are two (`Tschechien/KTM`).
    if (c.type === 'LOC' && doc.text.slice(c.start, c.end).includes('/')) return c;
    // A place inside the name and shorter than it; in a place name, at its end (`Rhode Island`, `Zoo Leipzig`; not
    // `Düsseldorf Jan-Lennard Struff`, a place glued to a person by the tagger).
    // Not when a lower-case place adjective opens it: `aus dem baden-württembergischen Walldorf` is adjective and place.
    const adjectiveOpens = /^\p{Ll}/u.test(doc.text[c.start]) && adjectives.at(c.start).some((a) => a.end < c.end);
    const aroundPlace = !adjectiveOpens && places.someInside(c, (p) => p.end - p.start < c.end - c.start && (c.type !== 'LOC' || p.end === c.end));
    // Places after a place adjective only when a venue (`Berliner Olympiastadion`): the project's gold reads
    // `Kölner Hauptbahnhof` and `Hamburger Hafen` as the adjective (deriv) and a common noun.
    const venue = c.type !== 'LOC' || isVenueNoun(doc.text.slice(c.start, c.end).split(/\s+/).at(-1)!);
    const opener = venue ? adjectives.at(c.start).find((a) => a.end < c.end) : undefined;
    return aroundPlace || (opener && namesWithAdjective(doc, opener, c, known)) ? { ...c, priority: PRIORITY.gazetteer + 20 } : c;
  });
}

/** True when `name` is the place adjective `opener` plus one noun that names (see promoteNamesAroundPlaces). */
function namesWithAdjective(doc: Doc, opener: Candidate, name: Candidate, known: SpanIndex<Candidate>): boolean {
  const rest = doc.text.slice(opener.end, name.end).trim();
  if (!rest || /\s/.test(rest)) return false;
  // a KB name over the rest (`Commerzbank`) or over the whole (`Berliner Zeitung`, with its id) wins as it is
  if (known.someOverlapping(opener.end, name.end)) return false;
  return !isOrganisationNoun(rest) && roleOf(rest) === undefined;
}
