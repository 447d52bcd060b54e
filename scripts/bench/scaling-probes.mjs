#!/usr/bin/env node
// Why two workers are not twice one (BENCHMARKS.md, "Reading it"). Needs `npm run build`. Usage:
//   node scripts/bench/scaling-probes.mjs [--data ../shared/data]
// 1. hardware: a plain loop and random reads over a 100 MB array, on one thread and on two;
// 2. the pipeline in one process, then in two processes side by side (also with V8 flags a thread cannot take);
// 3. the pipeline on one worker thread and on two (raw worker_threads, texts posted, no pool);
// 4. wink-nlp and compromise on one worker thread and on two.
// Every pipeline run warms up on the bench's warm-up texts first, then times the bench corpus (1M tokens).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const data = process.argv.includes('--data') ? process.argv[process.argv.indexOf('--data') + 1] : join(root, '..', 'shared', 'data');
const dist = (f) => join(root, 'dist', f);

const probe = (mb) => `const { parentPort } = require('node:worker_threads');
const a = new Float32Array(${mb} * 262144 + 1); for (let i = 0; i < a.length; i++) a[i] = i % 13;
const t = Date.now(); let x = 0, n = 0, s = 12345;
while (Date.now() - t < 2000) { for (let i = 0; i < 1e5; i++) { s = (s * 1103515245 + 12345) >>> 0; x += ${mb > 0 ? 'a[s % a.length]' : 'Math.sqrt(i + (x % 7))'}; } n++; }
parentPort.postMessage(n);`;
for (const [name, mb] of [['loop', 0], ['random reads, 100 MB', 100]]) {
  const rate = async (k) => (await Promise.all(Array.from({ length: k }, () => new Promise((r) => new Worker(probe(mb), { eval: true }).once('message', r))))).reduce((a, b) => a + b, 0);
  const one = await rate(1);
  console.log(`hardware, ${name}: two threads do ${(await rate(2) / one).toFixed(2)} times the work of one`);
}

// The pipeline in this process or a child: prints tokens per second of the timed corpus.
const runner = `
const [corpusJs, apiJs, data] = process.argv.slice(-3);
const { buildCorpus, warmUpTexts } = await import(corpusJs);
const { openPipeline, extractText } = await import(apiJs);
const { articles, tokens } = buildCorpus(data, 1000000);
const p = await openPipeline({ pipeline: 'de-news' });
for (const a of warmUpTexts(data).texts) await extractText(p, a);
const t = performance.now();
for (const a of articles) await extractText(p, a);
console.log(Math.round(tokens / ((performance.now() - t) / 1000)));`;
const child = (flags) => new Promise((resolve) => {
  const c = spawn(process.execPath, [...flags, '--input-type=module', '-e', runner, '--', dist('bench/corpus.js'), dist('api.js'), data], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  c.stdout.on('data', (d) => (out += d));
  c.on('close', () => resolve(Number(out.trim())));
});
for (const flags of [[], ['--single-threaded-gc', '--max-semi-space-size=32']]) {
  const one = await child(flags);
  const two = await Promise.all([child(flags), child(flags)]);
  const sum = two[0] + two[1];
  console.log(`processes ${flags.join(' ') || '(default flags)'}: one ${one} tokens/s, two side by side ${two.join(' + ')} = ${sum} (${(sum / one).toFixed(2)} times)`);
}

const threadCode = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { warmUpTexts } = await import(workerData.corpusJs);
  const { openPipeline, extractText } = await import(workerData.apiJs);
  const p = await openPipeline({ pipeline: 'de-news' });
  for (const a of warmUpTexts(workerData.data).texts) await extractText(p, a);
  parentPort.once('message', async (texts) => {
    for (const a of texts) await extractText(p, a);
    parentPort.postMessage('done');
  });
  parentPort.postMessage('ready');
})();`;
const { buildCorpus } = await import(dist('bench/corpus.js'));
const { articles, tokens } = buildCorpus(data, 1000000);
// Tokens per second of `code` on k worker threads (each posts once when warmed up, once when done), corpus split.
const onThreads = async (code, workerData, k) => {
  const ws = Array.from({ length: k }, () => new Worker(code, { eval: true, workerData }));
  await Promise.all(ws.map((w) => new Promise((r) => w.once('message', r))));
  const per = Math.ceil(articles.length / k);
  const t = performance.now();
  await Promise.all(ws.map((w, i) => { const done = new Promise((r) => w.once('message', r)); w.postMessage(articles.slice(i * per, (i + 1) * per)); return done; }));
  const rate = Math.round(tokens / ((performance.now() - t) / 1000));
  await Promise.all(ws.map((w) => w.terminate()));
  return rate;
};
const threads = (k) => onThreads(threadCode, { corpusJs: dist('bench/corpus.js'), apiJs: dist('api.js'), data }, k);
const t1 = await threads(1);
const t2 = await threads(2);
console.log(`worker threads: one ${t1} tokens/s, two ${t2} (${(t2 / t1).toFixed(2)} times)`);

// 4. The other tools of the bench on one worker thread and on two: how far a JavaScript NLP library of another
// shape scales on this machine (wink-nlp's full pipeline is small and compute-bound; compromise allocates a lot).
const { createRequire } = await import('node:module');
const { pathToFileURL } = await import('node:url');
const resolve = (name) => pathToFileURL(createRequire(join(root, 'package.json')).resolve(name)).href;
const toolCode = `
const { parentPort, workerData: d } = require('node:worker_threads');
(async () => {
  const { warmUpTexts } = await import(d.corpusJs);
  let fn;
  if (d.tool === 'compromise') {
    const nlp = (await import(d.compromise)).default;
    fn = (t) => { const doc = nlp(t); doc.people().json(); doc.places().json(); doc.organizations().json(); };
  } else {
    const winkNLP = (await import(d.wink)).default;
    const model = (await import(d.model)).default;
    const nlp = d.tool === 'wink-nlp tokenisation' ? winkNLP(model, []) : winkNLP(model);
    fn = d.tool === 'wink-nlp tokenisation' ? (t) => nlp.readDoc(t).tokens().length() : (t) => nlp.readDoc(t).entities().out();
  }
  for (const t of warmUpTexts(d.data).texts) fn(t);
  parentPort.once('message', (texts) => { for (const t of texts) fn(t); parentPort.postMessage('done'); });
  parentPort.postMessage('ready');
})();`;
for (const tool of ['wink-nlp tokenisation', 'wink-nlp full pipeline', 'compromise']) {
  const workerData = { tool, data, corpusJs: dist('bench/corpus.js'), compromise: resolve('compromise'), wink: resolve('wink-nlp'), model: resolve('wink-eng-lite-web-model') };
  const rate = (k) => onThreads(toolCode, workerData, k);
  const one = await rate(1);
  const two = await rate(2);
  console.log(`${tool} on worker threads: one ${one} tokens/s, two ${two} (${(two / one).toFixed(2)} times)`);
}
