/**
 * AdaGrad (Duchi, Hazan, Singer 2011) with an L2 penalty applied as its proximal step, lazily, over rows of
 * parameters (one row per feature, one column per tag).
 *
 * Each step `k` maximises `loglik(sentence) - l2 / 2 * |w|^2`: for every coordinate the gradient `g` of the
 * log-likelihood is added to its squared sum `G`, then `w <- (w + rate * g / h) / (1 + rate * l2 / h)` with
 * `h = sqrt(G + epsilon)` (composite mirror descent, the closed form for an L2 term). A coordinate whose
 * feature does not fire has `g = 0`, so its `G`, hence its `h`, stays the same: the shrink steps it missed are
 * exactly `(1 + rate * l2 / h) ^ -missed`, applied when its row is next used (`catchUp`) or at the end
 * (`finish`). So a sentence costs work only for the features it has, and the result equals the eager
 * update of every coordinate at every step (tested). With `average`, the sum of every coordinate's values
 * after each step is kept the same way (the missed values are a geometric series), for the averaged
 * parameters (Polyak averaging, as the averaged perceptron does).
 */
export class LazyAdaGrad {
  /** The parameters, `rows * width`. */
  readonly w: Float64Array;
  private readonly g2: Float64Array;
  /** Per row, the number of steps whose shrink has been applied. */
  private readonly done: Int32Array;
  /** With averaging: per coordinate, the sum of its values after each step so far. */
  private readonly sum?: Float64Array;

  /**
   * @param rate AdaGrad's step size
   * @param l2 the penalty per step (the total L2 coefficient divided by the steps per epoch)
   * @param epsilon added to `G` under the root: a coordinate's first steps are at most `rate * |g| / sqrt(epsilon)`
   */
  constructor(
    readonly rows: number,
    readonly width: number,
    private readonly rate: number,
    private readonly l2: number,
    private readonly epsilon = 0.01,
    average = false,
  ) {
    if (average) this.sum = new Float64Array(rows * width);
    this.w = new Float64Array(rows * width);
    this.g2 = new Float64Array(rows * width).fill(epsilon);
    this.done = new Int32Array(rows);
  }

  /** Applies the shrink steps of row `row` missed before step `step`. */
  catchUp(row: number, step: number): void {
    const missed = step - this.done[row];
    if (missed <= 0) return;
    this.done[row] = step;
    const { w, g2, rate, l2, width, sum } = this;
    const b = row * width;
    for (let j = b; j < b + width; j++) {
      if (w[j] === 0) continue;
      const f = 1 + (rate * l2) / Math.sqrt(g2[j]);
      const fm = missed === 1 ? f : Math.pow(f, missed);
      // the values after the missed steps: w / f + w / f^2 + ... + w / f^missed
      if (sum) sum[j] += f === 1 ? w[j] * missed : (w[j] * (1 - 1 / fm)) / (f - 1);
      w[j] /= fm;
    }
  }

  /**
   * Step `step` for row `row` with the log-likelihood gradient `grad[at .. at + width)` (after `catchUp(row,
   * step)`): AdaGrad's ascent and this step's shrink.
   */
  update(row: number, grad: Float64Array, at: number, step: number): void {
    const { w, g2, rate, l2, width } = this;
    const b = row * width;
    for (let t = 0; t < width; t++) {
      const g = grad[at + t];
      const j = b + t;
      g2[j] += g * g;
      const h = Math.sqrt(g2[j]);
      w[j] = (w[j] + (rate * g) / h) / (1 + (rate * l2) / h);
      if (this.sum) this.sum[j] += w[j];
    }
    this.done[row] = step + 1;
  }

  /** Brings every row up to `steps` steps (before its weights are read). */
  finish(steps: number): void {
    for (let r = 0; r < this.rows; r++) this.catchUp(r, steps);
  }

  /** The parameters averaged over the `steps` steps so far (after `finish(steps)`), or as they are without averaging. */
  averaged(steps: number): Float32Array {
    const sum = this.sum;
    if (!sum || steps === 0) return Float32Array.from(this.w);
    return Float32Array.from(sum, (v) => v / steps);
  }
}
