import type { Doc } from '../../document/doc.js';
import { firstStartingAt } from '../../document/offsets.js';
import type { Candidate } from './candidate.js';

const BRACKET = /^[()[\]{}]$/;

/**
 * Cuts the tagger's spans at brackets, which never stand inside a name: `Jan (Leonard Carow` -> `Jan`,
 * `Leonard Carow`. Pieces keep the candidate's type; a piece without words is dropped.
 */
export function splitAtBrackets(doc: Doc, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    let i = firstStartingAt(doc.tokens, c.start);
    let start = -1;
    let end = -1;
    let cut = false;
    for (; i < doc.tokens.length && doc.tokens[i].end <= c.end; i++) {
      const t = doc.tokens[i];
      if (BRACKET.test(t.norm)) {
        cut = true;
        if (start >= 0) out.push({ ...c, start, end });
        start = -1;
      } else {
        if (start < 0) start = t.start;
        end = t.end;
      }
    }
    if (!cut) out.push(c);
    else if (start >= 0) out.push({ ...c, start, end });
  }
  return out;
}
