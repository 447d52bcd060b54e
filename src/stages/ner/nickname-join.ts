import type { Doc } from '../../document/doc.js';
import { firstStartingAt } from '../../document/offsets.js';
import type { Candidate } from './candidate.js';

const QUOTE = /^["„“”‚‘’'«»]$/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * Joins a person's name with a nickname in quotes between first name and surname: `Javier "Chicharito" Hernandez`
 * is one person, where the tagger reads three names of three types (`Javier` PER, `Chicharito` ORG, `Hernandez`
 * LOC). A one-word person of the tagger, a quoted one or two capitalised words, then a capitalised word the tagger
 * also marks: all the tagger's chunks from the first name to the surname become one person.
 */
export function joinNicknames(doc: Doc, candidates: readonly Candidate[]): Candidate[] {
  const t = doc.tokens;
  const out: Candidate[] = [];
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n];
    const i = firstStartingAt(t, c.start);
    if (c.type !== 'PER' || c.kind !== 'name' || t[i]?.end !== c.end) {
      out.push(c);
      continue;
    }
    const open = i + 1;
    let close = open + 1;
    while (close < t.length && close - open <= 2 && NAME_WORD.test(t[close].norm)) close++;
    const surname = t[close + 1];
    const inSentence = surname !== undefined && surname.sentence === t[i].sentence;
    if (!inSentence || close === open + 1 || !QUOTE.test(t[open]?.norm ?? '') || !QUOTE.test(t[close].norm) || !NAME_WORD.test(surname.norm)) {
      out.push(c);
      continue;
    }
    const last = candidates.findIndex((d, k) => k > n && d.start === surname.start && d.end === surname.end);
    if (last < 0) {
      out.push(c);
      continue;
    }
    out.push({ ...c, end: surname.end });
    n = last;
  }
  return out;
}
