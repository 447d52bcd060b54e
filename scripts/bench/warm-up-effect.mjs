#!/usr/bin/env node
// What the bench's warm-up changes, measured with each of two warm-ups, taking turns:
//   texts:  the warm-up texts alone (the bench before the sixth session);
//   corpus: each distinct corpus article first (faktum then forgets their words), then the warm-up texts (now).
// For each, the bench corpus on two faktum workers, then on one (the pools `faktum bench` times), with the CPU time
// of every thread over the timed run only, from /proc/self/task/*/stat (Linux): this process's main thread, the
// worker threads, and the helpers (threads that existed before the pool: V8's platform threads, which compile
// optimised code in the background and help the garbage collector, and libuv's). With --competitors, also
// wink-nlp and compromise as the bench times them (a child process with V8's defaults) after the same warm-up.
// Usage (the bench's V8 flags, src/batch/v8-flags.ts, given as the bench gives them):
//   node --no-allocation-site-pretenuring --no-parallel-scavenge scripts/bench/warm-up-effect.mjs [PAIRS]
//     [--data DIR] [--competitors]
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { data: { type: 'string', default: '../shared/data' }, competitors: { type: 'boolean', default: false } } });
const pairs = Number(positionals[0]) > 0 ? Number(positionals[0]) : 3;
const { warmUpTexts, buildCorpus } = await import(`${root}/dist/bench/corpus.js`);
const { inTasks, onEveryThread, warmUpThreads } = await import(`${root}/dist/bench/measure.js`);
const { createRunner } = await import(`${root}/dist/batch/pool.js`);
const { measureCompetitors } = await import(`${root}/dist/bench/competitors.js`);
const { articles, tokens } = buildCorpus(resolve(values.data), 1_000_000);
const warm = warmUpTexts(resolve(values.data)).texts;

/** CPU milliseconds of every thread of this process, by thread id. */
function threadCpu() {
  const cpu = new Map();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * 10); // utime + stime, in 10 ms ticks
    } catch {
      // the thread ended meanwhile
    }
  }
  return cpu;
}

async function measure(threads, warmUp) {
  const helpers = new Set(threadCpu().keys());
  const runner = createRunner(threads, { threads: true });
  const task = (texts) => ({ kind: 'measure', pipeline: 'de-news', kbFiles: [], texts });
  try {
    if (warmUp === 'corpus') await warmUpThreads(runner, threads, 'de-news', articles, warm);
    else await onEveryThread(runner, threads, task(warm));
    const before = threadCpu();
    const started = performance.now();
    const done = new Map(); // thread -> when each of its tasks ended
    await Promise.all(inTasks(articles).map(async (batch) => {
      const r = await runner.run(task(batch));
      done.set(r.thread, [...(done.get(r.thread) ?? []), performance.now() - started]);
    }));
    const ms = performance.now() - started;
    const spent = { main: 0, helpers: 0, workers: [] };
    for (const [tid, cpu] of threadCpu()) {
      const used = cpu - (before.get(tid) ?? 0);
      if (tid === process.pid) spent.main += used;
      else if (helpers.has(tid)) spent.helpers += used;
      else if (used > 0) spent.workers.push(used);
    }
    // Per thread: the time between its first tenth of tasks' ends (from the start), and the mean of its other tenths:
    // how much longer the tasks take while the corpus's words are new to the thread.
    const tenths = [...done.values()].map((ends) => {
      const at = (k) => (k === 0 ? 0 : ends[Math.round((k * ends.length) / 10) - 1]);
      const spans = Array.from({ length: 10 }, (_, k) => at(k + 1) - at(k));
      return [spans[0], spans.slice(1).reduce((a, b) => a + b, 0) / 9].map(Math.round);
    });
    return { tokensPerSec: tokens / (ms / 1000), ms, ...spent, tenths };
  } finally {
    await runner.close();
  }
}

const runs = { texts: [], corpus: [] };
for (let p = 0; p < pairs; p++) {
  for (const warmUp of p % 2 ? ['corpus', 'texts'] : ['texts', 'corpus']) {
    const two = await measure(2, warmUp);
    const one = await measure(1, warmUp);
    const others = values.competitors ? measureCompetitors(articles, warmUp === 'corpus' ? [...new Set(articles), ...warm] : warm) : undefined;
    runs[warmUp].push({ two, one, others });
    const show = (r) => `${Math.round(r.tokensPerSec)} tokens/s in ${Math.round(r.ms)} ms, CPU ms: workers ${r.workers.join(' + ')}, helpers ${r.helpers}, main ${r.main}; ms per tenth of a thread's tasks, first / others: ${r.tenths.map((t) => t.join(' / ')).join(', ')}`;
    console.log(`pair ${p + 1}, warm-up ${warmUp}: speedup ${(two.tokensPerSec / one.tokensPerSec).toFixed(2)}\n  2 workers: ${show(two)}\n  1 worker:  ${show(one)}`);
    if (others) console.log(`  wink-nlp tokenisation ${Math.round(tokens / others.winkTokenize)}, compromise ${Math.round(tokens / others.compromise)} tokens/s; faktum (1 worker) / wink ${(one.tokensPerSec / (tokens / others.winkTokenize)).toFixed(3)}`);
  }
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
for (const [warmUp, rs] of Object.entries(runs)) {
  if (values.competitors) console.log(`warm-up ${warmUp}: wink-nlp tokenisation mean ${Math.round(mean(rs.map((r) => tokens / r.others.winkTokenize)))} tokens/s, faktum / wink ${mean(rs.map((r) => r.one.tokensPerSec * r.others.winkTokenize / tokens)).toFixed(3)}`);
  console.log(`warm-up ${warmUp}: means 1 worker ${Math.round(mean(rs.map((r) => r.one.tokensPerSec)))}, 2 workers ${Math.round(mean(rs.map((r) => r.two.tokensPerSec)))} tokens/s, speedup ${mean(rs.map((r) => r.two.tokensPerSec / r.one.tokensPerSec)).toFixed(2)}; helpers' CPU in the timed run: ${Math.round(mean(rs.map((r) => r.two.helpers)))} ms (2 workers), ${Math.round(mean(rs.map((r) => r.one.helpers)))} ms (1 worker)`);
}
