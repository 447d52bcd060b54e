#!/usr/bin/env node
// Does a worker run faster when its next task already waits in it? Two pools over the bench corpus in one process,
// one holding one task a thread, the other two (Piscina's concurrentTasksPerWorker), taking turns (order reversed
// every pass), each after the bench's warm-up. Prints tokens per second of each pass, wall time from this thread,
// and the share of that time spent outside the workers' own timing (dispatch and waiting).
//
// Usage: node --no-allocation-site-pretenuring --no-parallel-scavenge scripts/bench/tasks-per-thread.mjs
//   [--threads 1] [--per-task 20] [--articles N (default: the whole corpus)] [--passes 4] [--data DIR]
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: { threads: { type: 'string', default: '1' }, 'per-task': { type: 'string', default: '20' }, articles: { type: 'string' }, passes: { type: 'string', default: '4' }, data: { type: 'string', default: resolve(root, '..', 'shared', 'data') } },
});
const { buildCorpus, countTokens, warmUpTexts } = await import(`${root}/dist/bench/corpus.js`);
const { inBlocks } = await import(`${root}/dist/bench/in-turns.js`);
const { Piscina } = await import('piscina');
const { WORKER_HEAP_MB, WORKER_YOUNG_MB } = await import(`${root}/dist/batch/pool.js`);
const threads = Number(values.threads);
const corpus = buildCorpus(values.data, 1_000_000);
const articles = values.articles ? corpus.articles.slice(0, Number(values.articles)) : corpus.articles;
const tokens = articles.reduce((sum, text) => sum + countTokens(text), 0);
const warm = warmUpTexts(values.data).texts;
const pool = (tasksPerThread) => {
  const piscina = new Piscina({ filename: `${root}/dist/batch/worker.js`, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: tasksPerThread, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  return { run: (task) => piscina.run(task), close: () => piscina.destroy() };
};
const task = (texts, extra = {}) => ({ kind: 'measure', pipeline: 'de-news', kbFiles: [], texts, ...extra });
// A warm-up task on every thread: again while some thread had none (with two tasks a thread, the first ones can
// both go to the thread that was ready first).
async function onEveryThread(p, count, t) {
  const reached = new Set();
  for (let attempt = 0; attempt < 3 && reached.size < count; attempt++) {
    for (const r of await Promise.all(Array.from({ length: count }, () => p.run(t)))) reached.add(r.thread);
  }
  if (reached.size < count) throw new Error(`a warm-up task reached ${reached.size} of ${count} threads`);
}
const pools = { 'one task a thread': pool(1), 'two tasks a thread': pool(2) };
for (const p of Object.values(pools)) {
  await onEveryThread(p, threads, task([...new Set(corpus.articles)], { forgetWords: true }));
  await onEveryThread(p, threads, task(warm));
}
const names = Object.keys(pools);
for (let pass = 0; pass < Number(values.passes); pass++) {
  for (const name of pass % 2 ? [...names].reverse() : names) {
    const started = performance.now();
    const results = await Promise.all(inBlocks(articles, Number(values['per-task'])).map((texts) => pools[name].run(task(texts))));
    const wall = (performance.now() - started) / 1000;
    const inside = results.reduce((sum, r) => sum + r.seconds, 0) / threads;
    console.log(`pass ${pass + 1}, ${name}: ${Math.round(tokens / wall)} tokens/s (${((1 - inside / wall) * 100).toFixed(1)}% of the wall time outside the workers' timing)`);
  }
}
for (const p of Object.values(pools)) await p.close();
