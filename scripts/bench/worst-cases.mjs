#!/usr/bin/env node
// Generated worst cases for the pipeline (issue 18, "bounded work per document"): each case is timed at sizes n, 2n
// and 4n, in this process, through dist/api.js (openPipeline, extractText, docToJsonLd, jsonLdToNQuads: what a
// worker does for a document) or, for the HTML cases, through the HTML extraction (dist/batch/html.js). A stage
// whose time grows by clearly more than 2x per doubling is superlinear. The slowest stages of the largest size are
// listed (time per stage, by wrapping the pipeline's stage functions), and the peak heap sampled between stages.
// Times are CPU seconds of this process (user + system), not wall-clock: on a shared machine they vary far less.
// Usage (after `npm run build`):
//   node scripts/bench/worst-cases.mjs [CASE ...] [--scale F] [--data DIR] [--stages] [--run]
//     CASE     only these cases (names as printed); default all
//     --scale  multiply every n by F (e.g. 0.25 for a quick look)
//     --stages also print the per-stage times of every size
//     --run    also run the huge news texts through `faktum run --jobs 1` (a worker, its heap cap) and report the outcome
// Profile one case:  node --cpu-prof --cpu-prof-dir /tmp/prof scripts/bench/worst-cases.mjs dr --scale 0.5
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { scale: { type: 'string', default: '1' }, data: { type: 'string', default: process.env.FAKTUM_DATA ?? resolve(root, '..', 'shared', 'data') }, stages: { type: 'boolean', default: false }, run: { type: 'boolean', default: false } },
});
const scale = Number(values.scale);
// A full garbage collection before each run, so that the heap sampled is this run's.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const api = await import(`${root}/dist/api.js`);
const { extractHtml } = await import(`${root}/dist/batch/html.js`);

/** Real German news sentences, read at run time (never copied into the repository). */
function newsText() {
  const file = join(values.data, 'leipzig-deu-news', 'deu_news_2015_10K-sentences.txt');
  const lines = readFileSync(file, 'utf8').split('\n').map((l) => l.slice(l.indexOf('\t') + 1).trim()).filter(Boolean);
  // Paragraphs of five sentences, as an article has them.
  const paragraphs = [];
  for (let i = 0; i + 5 <= lines.length; i += 5) paragraphs.push(lines.slice(i, i + 5).join(' '));
  return paragraphs.join('\n\n');
}
let news;
const newsOf = (bytes) => {
  news ??= newsText();
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += `${news}\n\n`;
  return text.slice(0, text.lastIndexOf('\n\n', bytes) > 0 ? text.lastIndexOf('\n\n', bytes) : bytes);
};
const words = (n, pick) => Array.from({ length: n }, (_, i) => pick(i)).join(' ');
const CAPS = ['Bundesregierung', 'Deutsche', 'Bank', 'Berlin', 'Siemens', 'Verband', 'Kanzler', 'Müller', 'Europäische', 'Zentralbank', 'Frankfurt', 'Aufsichtsrat'];
const MONEY = ['3,5 Millionen Euro', 'am 3. März 2024', 'um 10:30 Uhr', '12,5 %', '1.234,56 Dollar', '2025-07-01', 'rund 35.000 Menschen', '4. Quartal'];

/** The cases: name, n, and the text (or HTML) of size n. */
const CASES = [
  { name: 'dr', n: 20000, text: (n) => 'Dr. '.repeat(n) },
  { name: 'herr-dr-med', n: 10000, text: (n) => 'Herr Dr. med. '.repeat(n) + 'Hans Müller sagte.' },
  { name: 'prof-dr-chain', n: 10000, text: (n) => 'Prof. Dr. Dr. h. c. '.repeat(n) + 'Angela Merkel' },
  { name: 'one-line', n: 50000, text: (n) => { news ??= newsText(); const w = news.replace(/[.!?…]/g, ',').split(/\s+/); return words(n, (i) => w[i % w.length]); } },
  { name: 'capitals', n: 50000, text: (n) => words(n, (i) => CAPS[(i * 7 + (i >> 3)) % CAPS.length]) },
  { name: 'brackets-nested', n: 20000, text: (n) => '('.repeat(n) + 'Angela Merkel' + ')'.repeat(n) },
  { name: 'quotes-unbalanced', n: 20000, text: (n) => '„Siemens ( '.repeat(n) + 'sagte er.' },
  { name: 'quote-pairs', n: 20000, text: (n) => '„Die Bank“ (BNP) '.repeat(n) },
  { name: 'numbers', n: 20000, text: (n) => words(n, (i) => MONEY[i % MONEY.length]) },
  { name: 'long-token', n: 1000000, text: (n) => 'a'.repeat(n) },
  { name: 'long-compound', n: 50000, text: (n) => 'Nvidia-Chef-'.repeat(n) + 'Rede' },
  { name: 'long-url', n: 1000000, text: (n) => `https://example.de/${'a'.repeat(n)}` },
  { name: 'merkel', n: 20000, text: (n) => 'Angela Merkel '.repeat(n) },
  { name: 'merkel-sentences', n: 20000, text: (n) => 'Angela Merkel traf Olaf Scholz in Berlin. '.repeat(n) },
  { name: 'news-1mb', n: 1 << 20, label: (n) => (n >= 1 << 20 ? `${n / (1 << 20)}MB` : `${n >> 10}KB`), text: newsOf },
  { name: 'html-divs', n: 25000, html: true, text: (n) => `<html><body>${'<div>'.repeat(n)}<p>Angela Merkel sprach in Berlin über die Lage der Wirtschaft und die Zukunft der Industrie in Europa.</p>${'</div>'.repeat(n)}</body></html>` },
  { name: 'html-unclosed', n: 25000, html: true, text: (n) => `<html><body>${'<div><span>'.repeat(n)}<p>Angela Merkel sprach in Berlin über die Lage der Wirtschaft und die Zukunft der Industrie.</p></body></html>` },
];

const wanted = positionals.length ? CASES.filter((c) => positionals.includes(c.name)) : CASES;
if (!wanted.length) throw new Error(`no such case: ${positionals.join(', ')} (known: ${CASES.map((c) => c.name).join(', ')})`);
const pipeline = await api.openPipeline({ pipeline: 'de-news' });
// Time per stage: the pipeline's functions wrapped (the same functions, in the same order).
const stageMs = new Map();
let peakHeap = 0;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
pipeline.fns = pipeline.fns.map((fn, i) => (doc) => {
  const t = cpuMs();
  const r = fn(doc);
  const id = pipeline.stageIds[i];
  stageMs.set(id, (stageMs.get(id) ?? 0) + cpuMs() - t);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  return r;
});
// Warm up on one normal article, so that the first case does not pay the loading.
await api.extractText(pipeline, newsOf(20_000));

async function once(c, n) {
  const input = c.text(n);
  stageMs.clear();
  peakHeap = 0;
  const t = performance.now();
  const cpu = process.cpuUsage();
  const t0 = cpuMs();
  if (c.html) {
    const { text } = extractHtml(input);
    stageMs.set('html', cpuMs() - t0);
    if (!text.includes('Angela Merkel')) throw new Error(`${c.name}: the text inside was lost`);
  } else {
    const doc = await api.extractText(pipeline, input);
    const fatal = doc.messages.find((m) => m.fatal);
    if (fatal) throw new Error(`${c.name} n=${n}: ${fatal.reason}`);
    const t2 = cpuMs();
    await api.jsonLdToNQuads(api.docToJsonLd(doc, { pipeline: 'de-news', version: 'bench' }));
    stageMs.set('nquads', cpuMs() - t2);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const used = process.cpuUsage(cpu);
  return { s: (used.user + used.system) / 1e6, wall: (performance.now() - t) / 1000, bytes: Buffer.byteLength(input), stages: new Map(stageMs), heap: peakHeap };
}

const fmt = (s) => s.toFixed(s < 10 ? 2 : 1);
const topStages = (stages) => [...stages].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([id, ms]) => `${id} ${fmt(ms / 1000)}`).join(', ');
console.log(`node ${process.version}, ${(await import('node:os')).cpus()[0].model}, scale ${scale}`);
console.log('case'.padEnd(18) + 'n'.padStart(9) + 'bytes'.padStart(10) + '  CPU s (n, 2n, 4n)         ratios       heap MB   slowest stages at 4n (s)');
for (const c of wanted) {
  const n = Math.max(1, Math.round(c.n * scale));
  const runs = [];
  for (const k of [1, 2, 4]) {
    gc();
    runs.push(await once(c, n * k));
    if (values.stages) console.log(`  ${c.name} ${n * k}: ${topStages(runs.at(-1).stages)}`);
  }
  const ratios = [runs[1].s / runs[0].s, runs[2].s / runs[1].s].map((r) => r.toFixed(1)).join(' ');
  const last = runs[2];
  const label = c.label ? c.label(n) : String(n);
  console.log(`${c.name.padEnd(18)}${label.padStart(9)}${String(runs[0].bytes).padStart(10)}  ${runs.map((r) => fmt(r.s)).join(' ').padEnd(22)} ${ratios.padEnd(12)} ${String(Math.round(last.heap / 2 ** 20)).padStart(7)}   ${topStages(last.stages)}`);
}

if (values.run) {
  // The real command on huge articles: a worker thread with its heap cap and time budget.
  for (const mb of [0.5, 1, 2, 4]) {
    const dir = mkdtempSync(join(tmpdir(), 'faktum-worst-'));
    const inDir = join(dir, 'in');
    mkdirSync(inDir);
    writeFileSync(join(inDir, `news-${mb}mb.txt`), newsOf(mb * 2 ** 20));
    writeFileSync(join(inDir, 'small.txt'), newsOf(3000));
    const t = performance.now();
    let code = 0;
    try {
      execFileSync(process.execPath, [join(root, 'bin', 'faktum.js'), 'run', inDir, '--out', join(dir, 'out'), '--jobs', '1'], { stdio: 'ignore' });
    } catch (error) {
      code = error.status;
    }
    const s = (performance.now() - t) / 1000;
    const out = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.jsonld'));
    let errors = '';
    try {
      errors = readFileSync(join(dir, 'out', 'errors.jsonl'), 'utf8').trim();
    } catch {}
    console.log(`faktum run ${mb} MB + a small article: exit ${code}, ${fmt(s)} s, written ${out.join(' ')}${errors ? `, errors ${errors}` : ''}`);
    rmSync(dir, { recursive: true, force: true });
  }
}
