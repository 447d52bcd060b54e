import cliProgress from 'cli-progress';

/** What the batch reports as it goes. */
export interface Progress {
  /** Sets the expected number of inputs once the counting walk is done (for the ETA). */
  setTotal(total: number): void;
  tick(counts: { done: number; failed: number }): void;
  stop(): void;
}

/**
 * A progress bar on standard error (documents, documents per second, ETA, failures), only when standard error
 * is a terminal; otherwise nothing, so that logs hold just the final summary.
 */
export function createProgress(enabled = process.stderr.isTTY === true): Progress {
  if (!enabled) return { setTotal() {}, tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ' {bar} {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | {failed} failed',
      etaBuffer: 200,
      fps: 5,
      hideCursor: true,
      // The caller decides whether to draw (a terminal, or asked for); cli-progress would stay silent off a TTY.
      noTTYOutput: true,
      notTTYSchedule: 1000,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let total = 0;
  let last = { done: 0, failed: 0 };
  bar.start(0, 0, { rate: '0.0', failed: 0 });
  return {
    setTotal(n) {
      total = n;
      bar.setTotal(Math.max(n, last.done));
    },
    tick(counts) {
      last = counts;
      if (counts.done > total) bar.setTotal(counts.done);
      const seconds = (Date.now() - started) / 1000;
      bar.update(counts.done, { rate: (counts.done / Math.max(seconds, 0.001)).toFixed(1), failed: counts.failed });
    },
    stop() {
      bar.stop();
    },
  };
}
