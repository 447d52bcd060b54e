import type { Doc } from '../../document/doc.js';
import type { Span } from '../../document/types.js';
import type { Candidate } from './candidate.js';

/**
 * The merge policy (README.md): candidates are taken by priority, then length, then position; one that overlaps
 * an accepted candidate or crosses a sentence boundary is dropped. Deterministic for a given candidate list.
 */
export function resolveOverlaps(doc: Doc, candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const accepted: Candidate[] = [];
  for (const c of sorted) {
    if (c.end <= c.start || !insideOneSentence(doc, c)) continue;
    if (accepted.some((a) => a.start < c.end && c.start < a.end)) continue;
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * True when some sentence holds the span. Sentences come in text order, so the last one starting at or before the
 * span is tried first (a binary search); only when it does not hold the span are all tried.
 */
function insideOneSentence(doc: Doc, span: Span): boolean {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid].start <= span.start) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && span.end <= s[lo - 1].end) return true;
  return s.some((x) => span.start >= x.start && span.end <= x.end);
}
