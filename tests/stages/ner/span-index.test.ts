import { describe, expect, it } from 'vitest';
import { SpanIndex } from '../../../src/document/span-index.js';
import { TakenSpans } from '../../../src/stages/ner/taken-spans.js';

// Regression (issue 18): promoteNamesAroundPlaces, extendRolePersons and resolveOverlaps scanned every candidate
// for every candidate, quadratic in the length of the text (a 500 KB text of capitalised words took minutes).
// The indexes that replace the scans must give the scans' answers: checked against them on random spans.

/** A reproducible stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function spans(n: number, length: number, seed: number): Array<{ start: number; end: number; id: number }> {
  const next = random(seed);
  return Array.from({ length: n }, (_, id) => {
    const start = Math.floor(next() * length);
    return { start, end: start + Math.floor(next() * 15), id };
  });
}

describe('SpanIndex (quadratic scans of candidates, issue 18)', () => {
  it.each([1, 2, 3, 4, 5])('answers as the scans do (seed %i)', (seed) => {
    const all = spans(300, 400, seed);
    const index = new SpanIndex(all);
    for (const q of spans(300, 400, seed + 100)) {
      const shorter = (s: { start: number; end: number }) => s.end - s.start < q.end - q.start;
      expect(index.someInside(q, shorter)).toBe(all.some((s) => s.start >= q.start && s.end <= q.end && shorter(s)));
      expect(index.someOverlapping(q.start, q.end)).toBe(all.some((s) => s.start < q.end && s.end > q.start));
      expect(index.at(q.start).map((s) => s.id)).toEqual(all.filter((s) => s.start === q.start).map((s) => s.id));
    }
  });
});

describe('TakenSpans (insertion into a sorted array, quadratic in mentions, issue 18)', () => {
  it.each([1, 2, 3, 4, 5])('accepts what a scan of the accepted spans accepts (seed %i)', (seed) => {
    const all = spans(400, 500, seed).filter((s) => s.end > s.start);
    const starts = Float64Array.from(all, (s) => s.start);
    const ends = Float64Array.from(all, (s) => s.end);
    const taken = new TakenSpans(starts, ends, all.length);
    const accepted: typeof all = [];
    for (const s of all) {
      const overlap = accepted.some((a) => a.start < s.end && s.start < a.end);
      expect(taken.overlaps(s.start, s.end)).toBe(overlap);
      if (!overlap) {
        taken.take(s.start, s.end);
        accepted.push(s);
      }
    }
    expect(accepted.length).toBeGreaterThan(10);
  });
});
