import type { Doc } from '../../document/doc.js';
import { firstStartingAt } from '../../document/offsets.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import { isLexiconName } from './person-edges.js';
import type { Candidate } from './candidate.js';

/** Types whose names are often a common noun followed by a name (`Kulturhaus Karlshorst`, `Badhaus Wendelstein`). */
const JOINED_TYPES: ReadonlySet<string> = new Set(['LOC', 'ORG']);

/** Last parts of nouns for buildings and institutions that take a place's name (`Kulturhaus`, `Badhaus`, `Stadtbad`). */
const BUILDING_HEADS = /(haus|heim|halle|bad|zentrum|center|museum|theater|kirche|kapelle|schule|gymnasium|klinik|klinikum|spital|saal|turm|schloss|bahnhof|hotel)$/;

/** True when the word is a capitalised common noun for a building (`Kulturhaus`, `Badhaus`), not a name. */
function isBuildingNoun(word: string): boolean {
  return /^\p{Lu}\p{Ll}{3,}$/u.test(word) && BUILDING_HEADS.test(word.toLowerCase()) && !isLexiconName(word) && isCommonNoun(word);
}

/**
 * Joins two of the tagger's chunks that stand side by side with the same type when the first is one noun for a
 * building or institution (not `Niederösterreichs` `Bergen`):
 * `Kulturhaus` `Karlshorst` (both LOC) is the one place `Kulturhaus Karlshorst`, as the real-news guidelines and
 * GermEval label a named building. The tagger opens a second chunk after a noun it reads as a place of its own.
 * Chunks of names (`Petrus` `Jesu`, `NHL.` `Tieto Enator` on GermEval dev) stay apart.
 */
export function joinNounAndName(doc: Doc, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const previous = out[out.length - 1];
    if (previous && joins(doc, previous, c)) out[out.length - 1] = { ...previous, end: c.end };
    else out.push(c);
  }
  return out;
}

function joins(doc: Doc, a: Candidate, b: Candidate): boolean {
  if (a.source !== 'model' || b.source !== 'model' || a.type !== b.type || !JOINED_TYPES.has(a.type)) return false;
  if (a.kind !== 'name' || b.kind !== 'name') return false;
  const i = firstStartingAt(doc.tokens, a.start);
  const first = doc.tokens[i];
  const next = doc.tokens[i + 1];
  // `a` is exactly one token and `b` starts at the very next one, in the same sentence.
  if (!first || first.end !== a.end || !next || next.start !== b.start || next.sentence !== first.sentence) return false;
  return isBuildingNoun(first.norm);
}
