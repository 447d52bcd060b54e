/**
 * V8 flags that `faktum run` and `faktum bench` start Node with (src/cli/relaunch.ts); V8 reads them for every
 * thread, and they cannot be given to one worker thread or set safely in a running process.
 *
 * `--no-allocation-site-pretenuring`: V8 learns per allocation site (an object or array literal in the code)
 * whether its objects tend to survive, and then allocates them directly in the old generation. The pipeline's
 * per-document objects (tokens, spans, mentions, JSON-LD nodes) live for one document, but during the first
 * documents, while caches fill, V8 marked many of their sites so: a worker then put some 35 MB of short-lived
 * objects per million tokens into the old generation, which took a full collection, with concurrent marking on
 * helper threads, every 1.5 to 2 seconds. With two workers on two cores those helpers take time from the other
 * worker: at steady state each of two workers ran at 0.84 to 0.90 of one alone (scripts/bench/contention.mjs);
 * without pretenuring (no full collection in a pass over the corpus) at 0.94 to 1.0, with both flags at 0.99.
 *
 * `--no-parallel-scavenge`: a worker's young generation (24 MB) is collected about 130 times per million tokens,
 * in under a millisecond each; helper threads for that cost more in waiting for each other, and on a machine the
 * workers keep busy in taking cores from them, than they save: one worker about 4% and two about 8% faster
 * (scripts/bench/ab-pool.mjs, 3 interleaved pairs). BENCHMARKS.md has the measurements.
 */
export const BATCH_V8_FLAGS: readonly string[] = ['--no-allocation-site-pretenuring', '--no-parallel-scavenge'];

/** The V8 flags of BATCH_V8_FLAGS the process was not started with, leaving out any the user set either way. */
export function missingV8Flags(execArgv: readonly string[]): string[] {
  const name = (flag: string) => flag.replace(/^--(no-)?/, '').replace(/=.*$/, '').replace(/_/g, '-');
  const given = new Set(execArgv.filter((arg) => arg.startsWith('--')).map(name));
  return BATCH_V8_FLAGS.filter((flag) => !given.has(name(flag)));
}
