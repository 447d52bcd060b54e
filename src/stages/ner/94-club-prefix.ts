import type { Doc } from '../../document/doc.js';
import { firstStartingAt } from '../../document/offsets.js';
import { CLUB_PREFIXES } from '../../lang/de/sports-cues.js';
import type { Candidate } from './candidate.js';
import type { ClubPlaces } from './club-places.js';

/** A club's founding year after its prefix (`SuS 09 Dinslaken`, `TSV 1860 München`). */
const YEAR = /^(?:\d{2}|1[89]\d{2}|20\d{2})$/;
/** A place word: capitalised, letters and hyphens (`Artern`, `Unterpfaffenhofen-Germering`). */
const PLACE_WORD = /^\p{Lu}[\p{L}-]*\p{Ll}$/u;

/**
 * Joins a club's name that other steps split: a club prefix found alone before its place is the club of that place
 * (`VfB Artern` is one ORG mention, not the gazetteer's `VfB` = VfB Stuttgart and a town; `SuS 09 Dinslaken` is one,
 * not `SuS` and the town); the joined mention carries no KB id: the linker links it when the KB holds the club
 * under that full name, else it stays NIL, never another club of the same prefix nor the place. The word after the
 * prefix (and an optional founding year) must be a place: a LOC mention, or a name the KB knows as a place. A year
 * before a place is a club the KB holds under that name (`1860 München` -> TSV 1860 München), not the place (nor FC
 * Bayern); without such a club both stay as they are.
 */
export function joinClubPrefixes(doc: Doc, accepted: readonly Candidate[], clubs: ClubPlaces): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < accepted.length; k++) {
    const c = accepted[k];
    const i = firstStartingAt(doc.tokens, c.start);
    const sentence = doc.tokens[i]?.sentence;
    const at = (j: number) => (doc.tokens[j]?.sentence === sentence ? doc.tokens[j] : undefined);
    if (c.type === 'LOC' && c.kind === 'name') {
      const year = at(i - 1);
      const club = year && YEAR.test(year.norm) ? clubs.club(`${year.norm} ${doc.text.slice(c.start, c.end)}`) : undefined;
      if (year && club) {
        while (out.length && out[out.length - 1].end > year.start) out.pop();
        out.push({ ...c, start: year.start, type: 'ORG', kbId: club.id, source: 'rule:club-prefix' });
        continue;
      }
    }
    if (c.type !== 'ORG' || c.kind !== 'name' || !CLUB_PREFIXES.has(doc.text.slice(c.start, c.end))) {
      out.push(c);
      continue;
    }
    let j = i + 1;
    if (at(j) && YEAR.test(at(j)!.norm)) j++;
    const place = at(j);
    const next = accepted[k + 1];
    const placeMention = next && place && next.start === place.start && next.type === 'LOC' ? next : undefined;
    if (!place || !PLACE_WORD.test(place.norm) || (!placeMention && !clubs.place(place.norm))) {
      out.push(c);
      continue;
    }
    const end = Math.max(place.end, placeMention?.end ?? 0);
    const { kbId: _dropped, ...rest } = c;
    out.push({ ...rest, end, type: 'ORG', source: 'rule:club-prefix' });
    while (accepted[k + 1] && accepted[k + 1].start < end) k++;
  }
  return out;
}
