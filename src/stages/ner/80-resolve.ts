import type { Doc } from '../../document/doc.js';
import { spanFinder } from '../../document/offsets.js';
import type { Candidate } from './candidate.js';
import { packedOrder } from './packed-order.js';
import { TakenSpans } from './taken-spans.js';

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
  const sentenceOf = spanFinder(doc.sentences);
  // The accepted spans, asked "does this overlap one of you?" in logarithmic time (an array kept in text order
  // moved half its length on each insertion: quadratic in the number of mentions, issue 18).
  const taken = new TakenSpans(start, end, candidates.length);
  const kept: number[] = [];
  for (const k of orderOfKeys(candidates.length)) {
    const s = start[k];
    const e = end[k];
    if (e <= s || !sentenceOf({ start: s, end: e }) || taken.overlaps(s, e)) continue;
    taken.take(s, e);
    kept.push(k);
  }
  // In text order: accepted spans do not overlap, so their starts differ.
  return kept.sort((a, b) => start[a] - start[b]).map((k) => candidates[k]);
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
