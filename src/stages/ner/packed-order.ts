/** Bounds of the packed sort key: each field must fit, or the caller sorts with a comparator. */
const PRIORITIES = 128;
const POSITIONS = 65536;
const ITEMS = 1024;

/** Scratch keys, grown when needed (typed arrays are costly to allocate per call). */
let scratch = new Float64Array(256);

/**
 * The merge order of resolveOverlaps (priority high first, then length long first, then start, then index) as one
 * number per candidate, sorted by the typed array's own numeric sort, which is much faster than a comparator:
 * `((127 - priority) * 2^16 + (65535 - length)) * 2^16 + start) * 2^10 + index`, at most 2^49, so exact in a
 * double. Returns undefined when a value does not fit (priority not an integer in 0..127, a span outside the first
 * 65,536 code units, more than 1,024 candidates): the caller then sorts with a comparator.
 */
export function packedOrder(priority: Float64Array, start: Float64Array, end: Float64Array, n: number): number[] | undefined {
  if (n > ITEMS) return undefined;
  if (scratch.length < n) scratch = new Float64Array(n * 2);
  const packed = scratch.subarray(0, n);
  for (let i = 0; i < n; i++) {
    const p = priority[i];
    const s = start[i];
    const length = end[i] - s;
    if (!(Number.isInteger(p) && p >= 0 && p < PRIORITIES && Number.isInteger(s) && s >= 0 && length >= 0 && s + length < POSITIONS)) return undefined;
    packed[i] = ((PRIORITIES - 1 - p) * POSITIONS + (POSITIONS - 1 - length)) * POSITIONS * ITEMS + s * ITEMS + i;
  }
  sortNumbers(packed);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = packed[i] % ITEMS;
  return order;
}

/** Below this many numbers an insertion sort beats the typed array's built-in sort (most documents' candidates). */
const SHORT = 64;

/** Sorts distinct numbers in place, ascending. */
function sortNumbers(a: Float64Array): void {
  if (a.length > SHORT) {
    a.sort();
    return;
  }
  for (let i = 1; i < a.length; i++) {
    const x = a[i];
    let j = i - 1;
    for (; j >= 0 && a[j] > x; j--) a[j + 1] = a[j];
    a[j + 1] = x;
  }
}
