/** Precision, recall and F1 as fractions in `[0, 1]`, with the counts they come from. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** True positives (may be fractional under the SemEval `partial` scheme). */
  tp: number;
  fp: number;
  fn: number;
}

/** `a / b`, or 0 when `b` is 0: an empty prediction has precision 0, never NaN (as conlleval prints it). */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

/** Harmonic mean of precision and recall, 0 when both are 0. */
export function harmonic(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Scores from counts: precision `tp / (tp + fp)`, recall `tp / (tp + fn)`. */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: harmonic(precision, recall), tp, fp, fn };
}

/** Per-type counts, accumulated and turned into scores. */
export class Tally {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  /** Adds counts to a type (creating it, so a type seen only in gold still gets a row). */
  add(type: string, tp: number, fp: number, fn: number): void {
    const c = this.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c.tp += tp;
    c.fp += fp;
    c.fn += fn;
    this.counts.set(type, c);
  }

  /** Scores per type, keys sorted like conlleval's table. */
  perType(): Record<string, Prf> {
    const out: Record<string, Prf> = {};
    for (const type of [...this.counts.keys()].sort()) {
      const c = this.counts.get(type)!;
      out[type] = prf(c.tp, c.fp, c.fn);
    }
    return out;
  }

  /** Micro average: counts summed over all types. */
  micro(): Prf {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of this.counts.values()) {
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
    }
    return prf(tp, fp, fn);
  }
}
