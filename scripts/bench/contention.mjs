#!/usr/bin/env node
// How much one pipeline thread slows another: thread A runs the pipeline over the bench corpus without pause;
// thread B alternates 1.5 s of the same work and 1.5 s of sleep. A's speed while B works, divided by its speed
// while B sleeps, is the per-thread efficiency of two workers (1.0: no interference), measured within seconds, so
// that the machine's drift over minutes cancels. Both threads first read the bench's warm-up and one pass of the
// corpus (every word cached): this is the steady state. Give Node flags to compare them, e.g.
//   node scripts/bench/contention.mjs [--data DIR] [--seconds 20]
//   node --single-threaded-gc scripts/bench/contention.mjs
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
if (isMainThread) {
  const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data' }, seconds: { type: 'string', default: '20' } } });
  const { WORKER_HEAP_MB, WORKER_YOUNG_MB } = await import(`${root}/dist/batch/pool.js`);
  const flags = new SharedArrayBuffer(12); // [0]: B is working, [1]: stop, [2]: for Atomics.wait
  const start = (role) => new Worker(fileURLToPath(import.meta.url), {
    workerData: { role, flags, data: resolve(values.data), seconds: Number(values.seconds) },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  const threads = [start('A'), start('B')];
  const next = (w) => new Promise((done) => w.once('message', done));
  await Promise.all(threads.map(next));
  const results = threads.map(next);
  for (const w of threads) w.postMessage('go');
  const [a] = await Promise.all(results);
  const [alone, shared] = [a.alone[0] / a.alone[1], a.shared[0] / a.shared[1]].map((x) => Math.round(x * 1000));
  console.log(`${process.execArgv.join(' ') || 'V8 defaults'}: A alone ${alone} tokens/s, A while B works ${shared} tokens/s, efficiency ${(shared / alone).toFixed(3)}`);
  process.exit(0);
} else {
  const { role, flags, data, seconds } = workerData;
  const f = new Int32Array(flags);
  const { warmUpTexts, buildCorpus, countTokens } = await import(`${root}/dist/bench/corpus.js`);
  const { openPipeline, extractText } = await import(`${root}/dist/api.js`);
  const { articles } = buildCorpus(data, 1_000_000);
  const tokens = articles.map(countTokens);
  const pipeline = await openPipeline({ pipeline: 'de-news' });
  for (const text of [...warmUpTexts(data).texts, ...articles]) await extractText(pipeline, text);
  parentPort.postMessage('ready');
  await new Promise((done) => parentPort.once('message', done));
  let i = 0;
  if (role === 'A') {
    const stats = { alone: [0, 0], shared: [0, 0] }; // [tokens, ms]
    const end = performance.now() + seconds * 1000;
    while (performance.now() < end) {
      const state = Atomics.load(f, 0);
      const started = performance.now();
      await extractText(pipeline, articles[i % articles.length]);
      // Documents during which B started or stopped count for neither.
      if (Atomics.load(f, 0) === state) {
        const s = state ? stats.shared : stats.alone;
        s[0] += tokens[i % articles.length];
        s[1] += performance.now() - started;
      }
      i++;
    }
    Atomics.store(f, 1, 1);
    parentPort.postMessage(stats);
  } else {
    while (!Atomics.load(f, 1)) {
      Atomics.store(f, 0, 1);
      const stop = performance.now() + 1500;
      while (performance.now() < stop) await extractText(pipeline, articles[i++ % articles.length]);
      Atomics.store(f, 0, 0);
      Atomics.wait(f, 2, 0, 1500);
    }
    parentPort.postMessage('done');
  }
}
