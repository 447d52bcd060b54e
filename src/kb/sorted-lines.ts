/**
 * A text of lines sorted by their first tab-separated field (JavaScript string order), searched without splitting
 * it: line starts are found once, then a binary search compares keys in place. For the compiled link tables, whose
 * tens of thousands of lines a process mostly never reads.
 */
export class SortedLines {
  private starts: Int32Array | undefined;

  constructor(private readonly text: string, private readonly skipHeader = false) {}

  /** Start offsets of the lines (after a `#` header line when asked), found on first use. */
  private lineStarts(): Int32Array {
    if (this.starts) return this.starts;
    const list: number[] = [];
    const headerEnd = this.text.indexOf('\n');
    let at = this.skipHeader && this.text.startsWith('#') ? (headerEnd < 0 ? this.text.length : headerEnd + 1) : 0;
    while (at < this.text.length) {
      list.push(at);
      const next = this.text.indexOf('\n', at);
      at = next < 0 ? this.text.length : next + 1;
    }
    return (this.starts = Int32Array.from(list));
  }

  /** Number of lines. */
  get length(): number {
    return this.lineStarts().length;
  }

  /** Line `i` without its newline. */
  line(i: number): string {
    const starts = this.lineStarts();
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : this.text.endsWith('\n') ? this.text.length - 1 : this.text.length;
    return this.text.slice(starts[i], end);
  }

  /** The key of line `i`: its text up to the first tab (or the whole line). */
  private keyAt(i: number): string {
    const start = this.lineStarts()[i];
    const tab = this.text.indexOf('\t', start);
    const nl = this.text.indexOf('\n', start);
    const end = nl < 0 ? this.text.length : nl;
    return this.text.slice(start, tab >= 0 && tab < end ? tab : end);
  }

  /** The index of the line whose key is `key`, or -1. */
  find(key: string): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.keyAt(mid);
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
