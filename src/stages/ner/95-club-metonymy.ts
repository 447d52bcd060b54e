import type { Doc } from '../../document/doc.js';
import type { KbEntry } from '../../kb/types.js';
import { CLUB_PREFIXES, isFootballCue, MATCH_MINUTE, PLACE_NOUNS, PLACE_PREPOSITIONS, RESERVE_TEAM, SCORE } from '../../lang/de/sports-cues.js';
import { stripGenitive } from '../../lang/de/genitive.js';
import { firstStartingAt } from '../../document/offsets.js';
import type { Candidate } from './candidate.js';
import type { ClubPlaces } from './club-places.js';

/** Place words of curated football clubs' names and aliases that name one club only (`Dortmund` -> BVB). */
export function clubPlaceWords(entries: readonly KbEntry[]): Map<string, KbEntry> {
  const byWord = new Map<string, KbEntry | null>();
  for (const e of entries) {
    if (e.schemaType !== 'SportsTeam' || e.linkOnly) continue;
    const words = new Set([e.name, ...(e.aliases ?? [])].flatMap((n) => n.split(/\s+/)).filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w)));
    for (const w of words) byWord.set(w, byWord.has(w) && byWord.get(w) !== e ? null : e);
  }
  return new Map([...byWord].filter((kv): kv is [string, KbEntry] => kv[1] !== null));
}

/**
 * In a football report, a place name that names one club is the club (GermEval tags it ORG): `Bayern gewann am
 * Samstag 3:0 gegen Dortmund` -> FC Bayern München, Borussia Dortmund; `Wolfsburgs Rekordtransfer` (genitive);
 * `Sandhausen ... musste die erste Niederlage in der Liga hinnehmen` -> SV Sandhausen, the one club of the tables
 * named `<prefix> Sandhausen`; `Preußen Münster` -> SC Preußen Münster. A sentence is a report when it has a match
 * result, a match minute or a football word (`Bundesliga`, `Trainer`, `Partie`), and any place joined to a club's
 * name by `und`, a comma or `gegen` (`die TSG Hoffenheim und Augsburg`); a place after `in`,
 * `aus`, `nach`, `von` stays a place (`Das Spiel in Dortmund endete 1:1`), as does one after `Heimat`, `Stadt` (`PLACE_NOUNS`) and a dateline (`Nürnberg (dpa)`).
 * So, bare in a report or a list of teams, is a company a club is named after (`Bayer`: Bayer 04 Leverkusen).
 */
export function clubsForPlaces(doc: Doc, accepted: readonly Candidate[], clubs: ClubPlaces): Candidate[] {
  if (clubs.words.size === 0) return accepted as Candidate[];
  const reports = new Map<number, boolean>();
  const inReport = (s: number) => {
    let report = reports.get(s);
    if (report === undefined) reports.set(s, (report = isFootballReport(doc, s)));
    return report;
  };
  return accepted.map((c, k) => {
    // A company a club is named after, bare in a football report, is the club (`Bayer gewann das Derby`).
    const namedAfter = c.type === 'ORG' && c.kind === 'name' && c.kbId ? clubs.companies.get(c.kbId) : undefined;
    if (namedAfter) {
      const bareName = !/\s/.test(doc.text.slice(c.start, c.end));
      return bareName && (besideClub(doc, accepted, k, clubs) || inReport(doc.tokens[firstStartingAt(doc.tokens, c.start)].sentence)) ? { ...c, kbId: namedAfter.id } : c;
    }
    if (c.type !== 'LOC' || c.kind !== 'name') return c;
    const text = doc.text.slice(c.start, c.end);
    // A multi-word name that is a club's full name and no place's is the club anywhere (`Kickers Offenbach`).
    const named = /\s/.test(text) && !clubs.place(text) ? clubs.club(text) : undefined;
    if (named && named.name === text) return { ...c, type: 'ORG', kbId: named.id };
    const bare = stripGenitive(text);
    const clubOf = () => clubs.words.get(text) ?? (bare && clubs.words.get(bare)) ?? clubs.club(text) ?? (bare && clubs.club(bare));
    // A second team (`Stuttgart II`) is a club but not the one the KB holds: ORG without a link.
    const after = doc.tokens[firstStartingAt(doc.tokens, c.end)];
    const reserve = after !== undefined && after.start === c.end + 1 && RESERVE_TEAM.test(after.norm);
    const { kbId: _place, ...unlinked } = c;
    const toClub = (club: KbEntry | '' | undefined): Candidate => (!club ? c : reserve ? { ...unlinked, type: 'ORG' } : { ...c, type: 'ORG', kbId: club.id });
    if (besideClub(doc, accepted, k, clubs)) return toClub(clubOf());
    const i = firstStartingAt(doc.tokens, c.start);
    const token = doc.tokens[i];
    const previous = doc.tokens[i - 1];
    const before = previous && previous.sentence === token.sentence ? previous.norm.toLowerCase() : '';
    if (PLACE_PREPOSITIONS.has(before) || PLACE_NOUNS.has(before)) return c;
    // A dateline names the place of the report: `Nürnberg (dpa)`, `Stuttgart - Der 3:1-Heimsieg ...`.
    if (after && after.sentence === token.sentence && /^[(\-–—]$/.test(after.norm)) return c;
    return inReport(token.sentence) ? toClub(clubOf()) : c;
  });
}

/** A club name by its generic first word (`FC Basel`, `1. FC Köln`, `SV Elversberg`). */
const PREFIXED = new RegExp(`^(?:1\\. )?(?:${[...CLUB_PREFIXES].join('|')}) \\p{Lu}`, 'u');
/** What joins two teams in a list or a pairing: `TSG Hoffenheim und Augsburg`, `Mainz gegen den FC Bayern`. */
const JOIN = /^\s*(?:,|und|oder|sowie|gegen(?: den| die)?|[-–])\s*$/;

/** True when the candidate `k` is joined to a club's name by `und`, a comma or `gegen` (a list of teams). */
function besideClub(doc: Doc, accepted: readonly Candidate[], k: number, clubs: ClubPlaces): boolean {
  const isClub = (o: Candidate | undefined) => o?.type === 'ORG' && ((o.kbId !== undefined && clubs.ids.has(o.kbId)) || PREFIXED.test(doc.text.slice(o.start, o.end)));
  const [before, after] = [accepted[k - 1], accepted[k + 1]];
  return (isClub(before) && JOIN.test(doc.text.slice(before.end, accepted[k].start))) || (isClub(after) && JOIN.test(doc.text.slice(accepted[k].end, after.start)));
}

/** True when sentence `s` has a match result or minute, or a football word. */
function isFootballReport(doc: Doc, s: number): boolean {
  const sentence = doc.sentences[s];
  const text = doc.text.slice(sentence.start, sentence.end);
  if (SCORE.test(text) || MATCH_MINUTE.test(text)) return true;
  const words: string[] = [];
  for (let i = firstStartingAt(doc.tokens, sentence.start); i < doc.tokens.length && doc.tokens[i].sentence === s; i++) {
    const w = doc.tokens[i].norm.toLowerCase();
    if (isFootballCue(w, [words[words.length - 2], words[words.length - 1]])) return true;
    words.push(w);
  }
  return false;
}
