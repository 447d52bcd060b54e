import type { Doc } from '../../document/doc.js';
import type { KbEntry } from '../../kb/types.js';
import { FOOTBALL_CUES, PLACE_PREPOSITIONS, SCORE } from '../../lang/de/sports-cues.js';
import { firstStartingAt } from '../../document/offsets.js';
import type { Candidate } from './candidate.js';

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
 * In a football report, a one-word place name that names one curated club is the club (GermEval tags it ORG):
 * `Bayern gewann am Samstag 3:0 gegen Dortmund` -> FC Bayern München, Borussia Dortmund. A sentence is a report
 * when it has a match result or a football word (`Tor`, `Bundesliga`, `Trainer`); a place after `in`, `aus`,
 * `nach` stays a place (`Das Spiel in Dortmund endete 1:1`), and so does a dateline (`Nürnberg (dpa) - ...`).
 */
export function clubsForPlaces(doc: Doc, accepted: readonly Candidate[], clubs: ReadonlyMap<string, KbEntry>): Candidate[] {
  if (clubs.size === 0) return accepted as Candidate[];
  const reports = new Map<number, boolean>();
  return accepted.map((c) => {
    if (c.type !== 'LOC' || c.kind !== 'name') return c;
    const club = clubs.get(doc.text.slice(c.start, c.end));
    if (!club) return c;
    const i = firstStartingAt(doc.tokens, c.start);
    const token = doc.tokens[i];
    const previous = doc.tokens[i - 1];
    if (previous && previous.sentence === token.sentence && PLACE_PREPOSITIONS.has(previous.norm.toLowerCase())) return c;
    // A dateline names the place of the report: `Nürnberg (dpa)`, `Stuttgart - Der 3:1-Heimsieg ...`.
    const next = doc.tokens[i + 1];
    if (next && next.sentence === token.sentence && /^[(\-–—]$/.test(next.norm)) return c;
    let report = reports.get(token.sentence);
    if (report === undefined) reports.set(token.sentence, (report = isFootballReport(doc, token.sentence)));
    return report ? { ...c, type: 'ORG', kbId: club.id } : c;
  });
}

/** True when sentence `s` has a match result or a football word. */
function isFootballReport(doc: Doc, s: number): boolean {
  const sentence = doc.sentences[s];
  if (SCORE.test(doc.text.slice(sentence.start, sentence.end))) return true;
  for (let i = firstStartingAt(doc.tokens, sentence.start); i < doc.tokens.length && doc.tokens[i].sentence === s; i++) {
    if (FOOTBALL_CUES.has(doc.tokens[i].norm.toLowerCase())) return true;
  }
  return false;
}
