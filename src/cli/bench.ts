import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { buildCorpus, countTokens, warmUpTexts } from '../batch/bench/corpus.js';
import { coldStart, coresAvailable, measureFaktum, stageProfile, time } from '../batch/bench/measure.js';
import { projectRoot } from '../pipeline/root.js';

export { buildCorpus, countTokens };

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
  const warm = warmUpTexts(opts.data);
  log(`warm-up before each measurement: ${warm.texts.length} texts of ${warm.source}`);

  const cores = await coresAvailable();
  log(`cores two busy threads get now: ${cores.toFixed(2)}`);
  // Two workers first: memory a finished pool's threads leave behind (about 50 MB each, not returned to the
  // operating system at once) would otherwise count towards the two-worker run's peak.
  const two = await measureFaktum(corpus.articles, 2, opts.pipeline, warm.texts);
  const one = await measureFaktum(corpus.articles, 1, opts.pipeline, warm.texts);
  log(`faktum, 1 worker: ${(corpus.tokens / one.seconds).toFixed(0)} tokens/s (${one.seconds.toFixed(1)} s, ${one.coresUsed.toFixed(2)} cores busy)`);
  log(`faktum, 2 workers: ${(corpus.tokens / two.seconds).toFixed(0)} tokens/s (${two.seconds.toFixed(1)} s, ${two.coresUsed.toFixed(2)} cores busy)`);
  // Peak memory of the faktum runs (this process and its worker threads), before the other tools run here.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const winkTokenizer = winkNLP(model, []);
  const winkTokenize = time(corpus.articles, (text) => void winkTokenizer.readDoc(text).tokens().length(), warm.texts);
  log(`wink-nlp tokenisation: ${(corpus.tokens / winkTokenize).toFixed(0)} tokens/s`);
  const winkFull = winkNLP(model);
  const winkFullSeconds = time(corpus.articles, (text) => void winkFull.readDoc(text).entities().out(), warm.texts);
  log(`wink-nlp full English pipeline: ${(corpus.tokens / winkFullSeconds).toFixed(0)} tokens/s`);
  const { default: nlp } = await import('compromise');
  const compromiseSeconds = time(corpus.articles, (text) => {
    const doc = nlp(text);
    doc.people().json();
    doc.places().json();
    doc.organizations().json();
  }, warm.texts);
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
