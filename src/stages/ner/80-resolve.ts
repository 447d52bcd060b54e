import type { Doc } from '../../document/doc.js';
import type { Span } from '../../document/types.js';
import type { Candidate } from './candidate.js';

/**
 * The merge policy (README.md): candidates are taken by priority, then length, then position; one that overlaps
 * an accepted candidate or crosses a sentence boundary is dropped. Deterministic for a given candidate list.
 */
export function resolveOverlaps(doc: Doc, candidates: readonly Candidate[]): Candidate[] {
  const accepted: Candidate[] = [];
  for (const k of policyOrder(candidates)) {
    const c = candidates[k];
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
/**
 * The sort keys of policyOrder, kept between calls: typed arrays of more than a few elements each get a backing
 * store outside the heap, costly to allocate and contended between worker threads.
 */
let sortKeys = { priority: new Float64Array(256), length: new Float64Array(256), start: new Float64Array(256) };

/**
 * Indices of the candidates in merge order: priority (high first), then length (long first), then position; ties
 * in their given order (the sort is stable). The keys are copied to typed arrays first: candidates have many
 * shapes, and the comparator runs often.
 */
export function policyOrder(candidates: readonly Candidate[]): number[] {
  const n = candidates.length;
  // Grown, never allocated per document: see sortKeys.
  if (sortKeys.priority.length < n) sortKeys = { priority: new Float64Array(n * 2), length: new Float64Array(n * 2), start: new Float64Array(n * 2) };
  const { priority, length, start } = sortKeys;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const c = candidates[i];
    priority[i] = c.priority;
    length[i] = c.end - c.start;
    start[i] = c.start;
    order[i] = i;
  }
  return order.sort((a, b) => priority[b] - priority[a] || length[b] - length[a] || start[a] - start[b]);
}

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
