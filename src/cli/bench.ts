import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { createRunner } from '../batch/pool.js';
import { defaultApiModule } from '../batch/tasks.js';
import { projectRoot } from '../pipeline/root.js';

/** Tokens as every measurement counts them: runs of letters and digits, and single other characters. */
const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** Counts tokens the same way for every tool measured, so that tokens per second compare. */
export function countTokens(text: string): number {
  return text.match(TOKEN)?.length ?? 0;
}

/** Sentences of GermEval 2014 dev (tab-separated, one token a line, `#` comment lines, blank line between). */
function germevalSentences(dataDir: string): string[] {
  const file = join(dataDir, 'germeval2014', 'NER-de-dev.tsv');
  if (!existsSync(file)) return [];
  const sentences: string[] = [];
  let words: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      if (words.length) sentences.push(words.join(' '));
      words = [];
      continue;
    }
    const word = line.split('\t')[1];
    if (word) words.push(word);
  }
  if (words.length) sentences.push(words.join(' '));
  return sentences;
}

/**
 * The benchmark corpus: the German articles of corpus/de and GermEval 2014 dev sentences (15 to a pseudo-article;
 * dev, never test), repeated until it holds at least `minTokens` tokens.
 */
export function buildCorpus(dataDir: string, minTokens: number): { articles: string[]; tokens: number; sources: string[] } {
  const dir = join(projectRoot, 'corpus', 'de');
  const base = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')) : [];
  const sources = [`${base.length} articles of corpus/de`];
  const sentences = germevalSentences(dataDir);
  for (let i = 0; i < sentences.length; i += 15) base.push(sentences.slice(i, i + 15).join('\n'));
  if (sentences.length) sources.push(`${sentences.length} GermEval 2014 dev sentences`);
  if (!base.length) throw new Error('no corpus: corpus/de is empty and there is no GermEval data');
  const baseTokens = base.reduce((sum, text) => sum + countTokens(text), 0);
  const articles: string[] = [];
  let tokens = 0;
  while (tokens < minTokens) {
    articles.push(...base);
    tokens += baseTokens;
  }
  return { articles, tokens, sources };
}

/** Runs faktum's pipeline over the corpus on `threads` worker threads; tokens per second of the corpus count. */
async function measureFaktum(articles: string[], threads: number, pipeline: string): Promise<{ seconds: number; faktumTokens: number; coresUsed: number }> {
  const runner = createRunner(threads, { threads: true });
  try {
    // Warm-up: every thread opens the pipeline (models, KB) before the clock starts.
    await Promise.all(Array.from({ length: threads }, () => runner.run({ kind: 'measure', pipeline, kbFiles: [], texts: articles.slice(0, 2) })));
    const batches: string[][] = [];
    for (let i = 0; i < articles.length; i += 20) batches.push(articles.slice(i, i + 20));
    const started = performance.now();
    const cpu = process.cpuUsage();
    const results = await Promise.all(batches.map((texts) => runner.run({ kind: 'measure', pipeline, kbFiles: [], texts })));
    const seconds = (performance.now() - started) / 1000;
    // CPU time of all threads over wall time: how many cores the run got (less than `threads` on a busy machine).
    const used = process.cpuUsage(cpu);
    const coresUsed = (used.user + used.system) / 1e6 / seconds;
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) throw new Error(failed.reason);
    return { seconds, coresUsed, faktumTokens: results.reduce((sum, r) => sum + (r.ok ? (r.tokens ?? 0) : 0), 0) };
  } finally {
    await runner.close();
  }
}

/**
 * Share of the pipeline's time per stage, over articles worth about `sampleTokens` tokens, in this thread, after
 * one untimed article (loading): where the time goes when the pipeline is slower than it should be.
 */
async function stageProfile(articles: string[], pipelineName: string, sampleTokens: number): Promise<Record<string, number>> {
  const api = (await import(defaultApiModule())) as {
    openPipeline(o: { pipeline: string }): Promise<{ stageIds: string[]; fns: Array<(doc: unknown) => unknown> }>;
    extractText(p: unknown, text: string): Promise<unknown>;
  };
  const pipeline = await api.openPipeline({ pipeline: pipelineName });
  // One article first, untimed: the tagger loads its lexicons on first use, which would count as NER time.
  if (articles.length) await api.extractText(pipeline, articles[0]);
  const spent = pipeline.stageIds.map(() => 0);
  pipeline.fns = pipeline.fns.map((fn, i) => async (doc: unknown) => {
    const started = performance.now();
    await fn(doc);
    spent[i] += performance.now() - started;
  });
  let tokens = 0;
  for (const text of articles) {
    if (tokens > sampleTokens) break;
    await api.extractText(pipeline, text);
    tokens += countTokens(text);
  }
  const total = spent.reduce((a, b) => a + b, 0) || 1;
  return Object.fromEntries(pipeline.stageIds.map((id, i) => [id, Number((spent[i] / total).toFixed(3))]));
}

/**
 * How many cores two busy threads get right now (2.0 on an idle two-core machine). On a machine shared with
 * other work, the operating system may give this process one core whatever its thread count, and no speedup
 * from a second worker can show; the benchmark reports this so that its numbers can be read.
 */
async function coresAvailable(threads = 2, ms = 1500): Promise<number> {
  const spin = `const t = Date.now(); let x = 0; while (Date.now() - t < ${ms}) x += Math.sqrt(x + 1);`;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: threads }, () => new Promise((done) => new Worker(spin, { eval: true }).on('exit', done))));
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000 / (performance.now() - started);
}

/** Time of `fn` over every article, in seconds. */
function time(articles: string[], fn: (text: string) => void): number {
  const started = performance.now();
  for (const text of articles) fn(text);
  return (performance.now() - started) / 1000;
}

/** Median wall time of `node bin/faktum.js run <article> --out <tmp>`, from process start to exit. */
function coldStart(article: string, runs: number): { ms: number | null; error?: string } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(join(tmpdir(), 'faktum-cold-'));
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(projectRoot, 'bin', 'faktum.js'), 'run', article, '--out', out], { encoding: 'utf8' });
    const ms = performance.now() - started;
    if (result.status !== 0) {
      const errors = existsSync(join(out, 'errors.jsonl')) ? readFileSync(join(out, 'errors.jsonl'), 'utf8').trim() : '';
      rmSync(out, { recursive: true, force: true });
      return { ms: null, error: errors || (result.stderr || result.stdout).trim().split('\n').slice(-1)[0] };
    }
    rmSync(out, { recursive: true, force: true });
    times.push(ms);
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)] };
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number >= 1, not "${value}"`);
  return n;
}

/**
 * `faktum bench [--json] [--data dir] [--tokens n]`: builds a German corpus of at least a million tokens and
 * measures, in one run, faktum's full pipeline on one and two worker threads, wink-nlp tokenisation alone and its
 * full English pipeline, compromise's people, places and organisations, peak memory and the cold start of
 * `faktum run` on one article. `--json` prints the results as one JSON object on the last line.
 */
export async function benchCommand(args: string[]): Promise<number> {
  const cmd = new Command('faktum bench')
    .option('--json', 'print the results as one JSON object on the last line')
    .option('--data <dir>', 'shared data folder (GermEval 2014 dev sentences join the corpus)', resolve(projectRoot, '..', 'shared', 'data'))
    .option('--tokens <n>', 'least corpus size in tokens', positiveInt, 1_000_000)
    .option('--pipeline <name>', 'faktum pipeline to measure', 'de-news')
    .allowExcessArguments(false)
    .exitOverride()
    .configureOutput({ writeErr: () => {} });
  try {
    cmd.parse(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed') return 0;
      process.stderr.write(`faktum bench: ${error.message.replace(/^error: /, '')}\n`);
      return 2;
    }
    throw error;
  }
  const opts = cmd.opts<{ json?: boolean; data: string; tokens: number; pipeline: string }>();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const load = loadavg()[0];
  if (load > 0.5) log(`warning: load average ${load.toFixed(2)}: other processes compete for the cores, numbers will be low`);
  const corpus = buildCorpus(opts.data, opts.tokens);
  log(`corpus: ${corpus.articles.length} articles, ${corpus.tokens} tokens (${corpus.sources.join(', ')}, repeated)`);

  const cores = await coresAvailable();
  log(`cores two busy threads get now: ${cores.toFixed(2)}`);
  // Two workers first: memory a finished pool's threads leave behind (about 50 MB each, not returned to the
  // operating system at once) would otherwise count towards the two-worker run's peak.
  const two = await measureFaktum(corpus.articles, 2, opts.pipeline);
  const one = await measureFaktum(corpus.articles, 1, opts.pipeline);
  log(`faktum, 1 worker: ${(corpus.tokens / one.seconds).toFixed(0)} tokens/s (${one.seconds.toFixed(1)} s, ${one.coresUsed.toFixed(2)} cores busy)`);
  log(`faktum, 2 workers: ${(corpus.tokens / two.seconds).toFixed(0)} tokens/s (${two.seconds.toFixed(1)} s, ${two.coresUsed.toFixed(2)} cores busy)`);
  // Peak memory of the faktum runs (this process and its worker threads), before the other tools run here.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const winkTokenizer = winkNLP(model, []);
  const winkTokenize = time(corpus.articles, (text) => void winkTokenizer.readDoc(text).tokens().length());
  log(`wink-nlp tokenisation: ${(corpus.tokens / winkTokenize).toFixed(0)} tokens/s`);
  const winkFull = winkNLP(model);
  const winkFullSeconds = time(corpus.articles, (text) => void winkFull.readDoc(text).entities().out());
  log(`wink-nlp full English pipeline: ${(corpus.tokens / winkFullSeconds).toFixed(0)} tokens/s`);
  const { default: nlp } = await import('compromise');
  const compromiseSeconds = time(corpus.articles, (text) => {
    const doc = nlp(text);
    doc.people().json();
    doc.places().json();
    doc.organizations().json();
  });
  log(`compromise people/places/organisations: ${(corpus.tokens / compromiseSeconds).toFixed(0)} tokens/s`);

  const stages = await stageProfile(corpus.articles, opts.pipeline, 100_000);
  log(`time per stage: ${Object.entries(stages).map(([id, share]) => `${id} ${(share * 100).toFixed(0)}%`).join(', ')}`);

  const article = join(projectRoot, 'corpus', 'de', readdirSync(join(projectRoot, 'corpus', 'de')).filter((f) => f.endsWith('.txt')).sort()[0] ?? '');
  const cold = coldStart(article, 3);
  log(cold.ms === null ? `cold start failed: ${cold.error}` : `cold start of faktum run on one article: ${cold.ms.toFixed(0)} ms`);

  const faktumTokensPerSec = corpus.tokens / one.seconds;
  const results = {
    corpusTokens: corpus.tokens,
    corpusArticles: corpus.articles.length,
    faktumTokensPerSec: Math.round(faktumTokensPerSec),
    faktumTwoWorkerTokensPerSec: Math.round(corpus.tokens / two.seconds),
    twoWorkerSpeedup: Number((one.seconds / two.seconds).toFixed(2)),
    // Cores the runs actually got; on a machine shared with other work, the speedup is bounded by these.
    coresAvailable: Number(cores.toFixed(2)),
    oneWorkerCoresUsed: Number(one.coresUsed.toFixed(2)),
    twoWorkerCoresUsed: Number(two.coresUsed.toFixed(2)),
    winkTokenizeTokensPerSec: Math.round(corpus.tokens / winkTokenize),
    winkFullTokensPerSec: Math.round(corpus.tokens / winkFullSeconds),
    compromiseTokensPerSec: Math.round(corpus.tokens / compromiseSeconds),
    peakRssMb: Math.round(peakRssMb),
    coldStartMs: cold.ms === null ? null : Math.round(cold.ms),
    faktumVsWinkTokenize: Number((faktumTokensPerSec / (corpus.tokens / winkTokenize)).toFixed(3)),
    faktumVsCompromise: Number((faktumTokensPerSec / (corpus.tokens / compromiseSeconds)).toFixed(2)),
    pipeline: opts.pipeline,
    stageTimeShare: stages,
    loadAverageAtStart: Number(load.toFixed(2)),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
  };
  process.stdout.write(opts.json ? `${JSON.stringify(results)}\n` : `${Object.entries(results).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`).join('\n')}\n`);
  return 0;
}
