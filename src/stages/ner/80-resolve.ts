import type { Doc } from '../../document/doc.js';
import type { Sentence } from '../../document/types.js';
import type { Candidate } from './candidate.js';
import { packedOrder } from './packed-order.js';

/**
 * Each candidate's sort keys and span as numbers, kept between calls: candidates come in many object shapes (each
 * source builds its own), so reading `start` and `end` from them in the inner loops was a slow property look-up
 * each time; typed arrays of more than a few elements each get a backing store outside the heap, costly to
 * allocate and contended between worker threads, hence grown, never allocated per document.
 */
let keys = { priority: new Float64Array(256), start: new Float64Array(256), end: new Float64Array(256) };

/** Copies the candidates' priorities and spans to `keys`, grown when needed. */
function readKeys(candidates: readonly Candidate[]): typeof keys {
  const n = candidates.length;
  if (keys.priority.length < n) keys = { priority: new Float64Array(n * 2), start: new Float64Array(n * 2), end: new Float64Array(n * 2) };
  for (let i = 0; i < n; i++) {
    const c = candidates[i];
    keys.priority[i] = c.priority;
    keys.start[i] = c.start;
    keys.end[i] = c.end;
  }
  return keys;
}

/**
 * The merge policy (README.md): candidates are taken by priority, then length, then position; one that overlaps
 * an accepted candidate or crosses a sentence boundary is dropped. Deterministic for a given candidate list.
 */
export function resolveOverlaps(doc: Doc, candidates: readonly Candidate[]): Candidate[] {
  const { start, end } = readKeys(candidates);
  // The accepted candidates in text order: they do not overlap, so their ends are in order too.
  const kept: number[] = [];
  for (const k of orderOfKeys(candidates.length)) {
    const s = start[k];
    const e = end[k];
    if (e <= s || !insideOneSentence(doc.sentences, s, e)) continue;
    const at = countStartingBefore(kept, start, e);
    // Only the last one starting before `e` can overlap: each one before it ends before that one starts.
    if (at > 0 && end[kept[at - 1]] > s) continue;
    // Inserted at `at` by hand: splice is a generic built-in that also returns a new array.
    kept.push(k);
    for (let j = kept.length - 1; j > at; j--) kept[j] = kept[j - 1];
    kept[at] = k;
  }
  return kept.map((k) => candidates[k]);
}

/** How many of `sorted` (indices, in the order of their `start`) start before `position` (a binary search). */
function countStartingBefore(sorted: readonly number[], start: Float64Array, position: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[sorted[mid]] < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indices of the candidates in merge order: priority (high first), then length (long first), then position; ties
 * in their given order.
 */
export function policyOrder(candidates: readonly Candidate[]): number[] {
  readKeys(candidates);
  return orderOfKeys(candidates.length);
}

/** policyOrder over the first `n` entries of `keys`. */
function orderOfKeys(n: number): number[] {
  const { priority, start, end } = keys;
  const packed = packedOrder(priority, start, end, n);
  if (packed) return packed;
  const order = Array.from({ length: n }, (_, i) => i);
  // A stable sort keeps ties in their given order.
  return order.sort((a, b) => priority[b] - priority[a] || end[b] - start[b] - (end[a] - start[a]) || start[a] - start[b]);
}

/**
 * True when some sentence holds the span. Sentences come in text order, so the last one starting at or before the
 * span is tried first (a binary search); only when it does not hold the span are all tried.
 */
function insideOneSentence(s: readonly Sentence[], start: number, end: number): boolean {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && end <= s[lo - 1].end) return true;
  return s.some((x) => start >= x.start && end <= x.end);
}
