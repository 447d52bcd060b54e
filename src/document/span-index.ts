import type { Span } from './types.js';

/**
 * Spans ordered by start, for the range questions that rules ask of every candidate: "does one lie inside this
 * span?", "does one overlap it?", "which ones start here?". Asked of a plain array, each is a scan of all spans,
 * and asked for every candidate of a document the scans are quadratic in its length (issue 18: a 500 KB text of
 * capitalised words spent minutes in them). Here each costs a binary search plus the spans it has to look at.
 * The answers are those of the scans; the order the spans were given in is kept where it matters ({@link at}).
 */
export class SpanIndex<T extends Span> {
  /** The spans by start (ties in their given order). */
  readonly sorted: readonly T[];
  /** `maxEnd[i]`: the largest end among `sorted[0..i]`. */
  private readonly maxEnd: Float64Array;
  private byStart: Map<number, T[]> | undefined;

  constructor(private readonly spans: readonly T[]) {
    const order = Array.from({ length: spans.length }, (_, i) => i).sort((a, b) => spans[a].start - spans[b].start || a - b);
    this.sorted = order.map((i) => spans[i]);
    this.maxEnd = new Float64Array(spans.length);
    let max = -Infinity;
    this.sorted.forEach((s, i) => (this.maxEnd[i] = max = Math.max(max, s.end)));
  }

  /** How many spans start before `offset` (the index in {@link sorted} of the first starting at or after it). */
  startingBefore(offset: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when some span starts before `end` and ends after `start` (`spans.some(s => s.start < end && s.end > start)`). */
  someOverlapping(start: number, end: number): boolean {
    const n = this.startingBefore(end);
    return n > 0 && this.maxEnd[n - 1] > start;
  }

  /**
   * True when some span lies inside `outer` and passes `test` (`spans.some(s => s.start >= outer.start && s.end
   * <= outer.end && test(s))`). Looks at the spans starting inside `outer` in order and stops at the first that
   * passes: those before it end after `outer` (so they hold its end) or fail the test.
   */
  someInside(outer: Span, test: (span: T) => boolean = () => true): boolean {
    for (let i = this.startingBefore(outer.start); i < this.sorted.length && this.sorted[i].start <= outer.end; i++) {
      const s = this.sorted[i];
      if (s.end <= outer.end && test(s)) return true;
    }
    return false;
  }

  /** The spans starting at `offset`, in their given order (`spans.filter(s => s.start === offset)`). */
  at(offset: number): readonly T[] {
    if (!this.byStart) {
      this.byStart = new Map();
      for (const s of this.spans) {
        const list = this.byStart.get(s.start);
        if (list) list.push(s);
        else this.byStart.set(s.start, [s]);
      }
    }
    return this.byStart.get(offset) ?? [];
  }
}
