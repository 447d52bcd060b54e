/**
 * The spans the merge policy has accepted so far (non-empty, never overlapping each other), for its question "does
 * this span overlap an accepted one?" in logarithmic time. The merge kept them in an array in text order, and
 * inserting into the middle of it moved half the array each time: quadratic in the number of mentions (issue 18).
 *
 * Only the candidates' own boundaries matter, so offsets are replaced by their rank among all starts and ends
 * (`points`); the gaps between neighbouring points are cells, and a Fenwick tree counts the cells that accepted
 * spans cover. Accepted spans do not overlap, so each cell is covered at most once: covering costs, over a whole
 * merge, at most one step per cell.
 */
export class TakenSpans {
  private readonly points: Float64Array;
  private readonly tree: Int32Array;

  /**
   * For spans whose starts and ends are the first `n` entries of `starts` and `ends`. Works in buffers of this
   * thread that the next TakenSpans reuses (typed arrays get a backing store outside the heap, costly to allocate
   * per document: see `keys` in 80-resolve.ts): one in use at a time.
   */
  constructor(starts: Float64Array, ends: Float64Array, n: number) {
    if (scratch.points.length < 2 * n) scratch = { points: new Float64Array(4 * n), tree: new Int32Array(4 * n + 1) };
    const all = scratch.points.subarray(0, 2 * n);
    all.set(starts.subarray(0, n));
    all.set(ends.subarray(0, n), n);
    all.sort();
    let m = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[m - 1]) all[m++] = all[i];
    this.points = all.subarray(0, m);
    this.tree = scratch.tree.subarray(0, m + 1).fill(0);
  }

  /** True when the span overlaps an accepted one (covers one of its cells). */
  overlaps(start: number, end: number): boolean {
    return this.covered(this.rank(end)) - this.covered(this.rank(start)) > 0;
  }

  /** Accepts a span that {@link overlaps} none. */
  take(start: number, end: number): void {
    const last = this.rank(end);
    for (let cell = this.rank(start); cell < last; cell++) {
      for (let i = cell + 1; i < this.tree.length; i += i & -i) this.tree[i]++;
    }
  }

  /** How many of the cells before cell `cell` are covered. */
  private covered(cell: number): number {
    let sum = 0;
    for (let i = cell; i > 0; i -= i & -i) sum += this.tree[i];
    return sum;
  }

  /** The rank of an offset among the points (it is one of them). */
  private rank(offset: number): number {
    let lo = 0;
    let hi = this.points.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.points[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The buffers of this thread's TakenSpans, grown when needed. */
let scratch = { points: new Float64Array(512), tree: new Int32Array(513) };
