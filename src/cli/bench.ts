import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { buildCorpus, countTokens, unseenTexts, warmUpTexts } from '../bench/corpus.js';
import { coldStart, coresAvailable, stageProfile } from '../bench/measure.js';
import { measureRound, median, type RoundResult } from '../bench/round.js';
import { projectRoot } from '../pipeline/root.js';
import { relaunch, startedAsFaktum } from './relaunch.js';
import { formatE2e, runE2e } from '../bench/e2e/e2e.js';

export { buildCorpus, countTokens };

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number >= 1, not "${value}"`);
  return n;
}

/**
 * `faktum bench [--json] [--data dir] [--tokens n] [--rounds n]`: builds a German corpus of at least a million tokens and
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
    .option('--rounds <n>', 'measure every tool this many times, one after the other, and report medians (--e2e: default 3)', positiveInt)
    .option('--e2e', 'end to end: time whole `faktum run` processes (one and two workers) against wink-nlp and compromise scripts on a folder of unseen real news built from --data')
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
  // The worker pools measured run with faktum's V8 flags (src/batch/v8-flags.ts), as `faktum run` starts them.
  if (startedAsFaktum()) {
    const code = await relaunch(['bench', ...args]);
    if (code !== undefined) return code;
  }
  const opts = cmd.opts<{ json?: boolean; data: string; tokens: number; pipeline: string; rounds?: number; e2e?: boolean }>();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (opts.e2e) return e2eBench(opts.data, opts.rounds ?? 3, opts.json === true, log);
  opts.rounds ??= 1;
  const load = loadavg()[0];
  if (load > 0.5) log(`warning: load average ${load.toFixed(2)}: other processes compete for the cores, numbers will be low`);
  const corpus = buildCorpus(opts.data, opts.tokens);
  log(`corpus: ${corpus.articles.length} articles, ${corpus.tokens} tokens (${corpus.sources.join(', ')}, repeated)`);
  const warm = warmUpTexts(opts.data);
  log(`warm-up before each measurement: the distinct corpus articles once (faktum then forgets their words), then ${warm.texts.length} texts of ${warm.source}`);
  const unseenList = unseenTexts(opts.data);
  const unseen = { texts: unseenList, tokens: unseenList.reduce((sum, text) => sum + countTokens(text), 0) };
  if (unseen.tokens) log(`unseen news, timed after the corpus on one worker: ${unseenList.length} SmartData v1 test articles, ${unseen.tokens} tokens`);

  const cores = await coresAvailable();
  log(`cores two busy threads get now: ${cores.toFixed(2)}`);
  const rounds: RoundResult[] = [];
  for (let r = 1; r <= opts.rounds; r++) {
    if (opts.rounds > 1) log(`round ${r} of ${opts.rounds}`);
    rounds.push(await measureRound({ articles: corpus.articles, tokens: corpus.tokens, warmUp: warm.texts, unseen, pipeline: opts.pipeline, log }));
  }
  // Medians over the rounds; ratios per round first, so that each compares tools measured a minute apart.
  const med = (f: (r: RoundResult) => number) => median(rounds.map(f));

  const stages = await stageProfile(corpus.articles, opts.pipeline, 100_000);
  log(`time per stage: ${Object.entries(stages).map(([id, share]) => `${id} ${(share * 100).toFixed(0)}%`).join(', ')}`);

  const article = join(projectRoot, 'corpus', 'de', readdirSync(join(projectRoot, 'corpus', 'de')).filter((f) => f.endsWith('.txt')).sort()[0] ?? '');
  const cold = coldStart(article, 3);
  log(cold.ms === null ? `cold start failed: ${cold.error}` : `cold start of faktum run on one article: ${cold.ms.toFixed(0)} ms`);

  const results = {
    corpusTokens: corpus.tokens,
    corpusArticles: corpus.articles.length,
    rounds: rounds.length,
    faktumTokensPerSec: Math.round(med((r) => r.faktumOne)),
    faktumTwoWorkerTokensPerSec: Math.round(med((r) => r.faktumTwo)),
    twoWorkerSpeedup: Number(med((r) => r.faktumTwo / r.faktumOne).toFixed(2)),
    // One worker on news whose words its caches do not hold yet (SmartData v1 test), after the corpus; null without the data.
    faktumUnseenTokensPerSec: unseen.tokens ? Math.round(med((r) => r.faktumUnseen ?? 0)) : null,
    unseenTokens: unseen.tokens,
    // Cores the runs actually got; on a machine shared with other work, the speedup is bounded by these.
    coresAvailable: Number(cores.toFixed(2)),
    oneWorkerCoresUsed: Number(med((r) => r.oneWorkerCoresUsed).toFixed(2)),
    twoWorkerCoresUsed: Number(med((r) => r.twoWorkerCoresUsed).toFixed(2)),
    winkTokenizeTokensPerSec: Math.round(med((r) => r.winkTokenize)),
    winkFullTokensPerSec: Math.round(med((r) => r.winkFull)),
    compromiseTokensPerSec: Math.round(med((r) => r.compromise)),
    // The first round's: later rounds run in a process that also holds wink-nlp and compromise.
    peakRssMb: Math.round(rounds[0].peakRssMb),
    coldStartMs: cold.ms === null ? null : Math.round(cold.ms),
    faktumVsWinkTokenize: Number(med((r) => r.faktumOne / r.winkTokenize).toFixed(3)),
    // The same ratio from the two tools taking turns on the same blocks of the corpus (faktum-vs-wink.ts).
    faktumVsWinkTokenizeInTurns: Number(med((r) => r.inTurns.faktum / r.inTurns.winkTokenize).toFixed(3)),
    faktumVsCompromise: Number(med((r) => r.faktumOne / r.compromise).toFixed(2)),
    pipeline: opts.pipeline,
    stageTimeShare: stages,
    loadAverageAtStart: Number(load.toFixed(2)),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
    perRound: rounds.map((r) => ({
      faktumTokensPerSec: Math.round(r.faktumOne),
      faktumTwoWorkerTokensPerSec: Math.round(r.faktumTwo),
      faktumUnseenTokensPerSec: r.faktumUnseen === null ? null : Math.round(r.faktumUnseen),
      winkTokenizeTokensPerSec: Math.round(r.winkTokenize),
      compromiseTokensPerSec: Math.round(r.compromise),
      inTurns: { faktumTokensPerSec: Math.round(r.inTurns.faktum), winkTokenizeTokensPerSec: Math.round(r.inTurns.winkTokenize) },
    })),
  };
  process.stdout.write(opts.json ? `${JSON.stringify(results)}\n` : `${Object.entries(results).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`).join('\n')}\n`);
  return 0;
}

/** `faktum bench --e2e`: whole processes on a folder of unseen real news (src/bench/e2e). */
async function e2eBench(dataDir: string, rounds: number, json: boolean, log: (line: string) => void): Promise<number> {
  const load = loadavg()[0];
  if (load > 0.5) log(`warning: load average ${load.toFixed(2)}: other processes compete for the cores, numbers will be low`);
  try {
    const result = await runE2e({ dataDir, rounds, log });
    const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, loadAverageAtStart: Number(load.toFixed(2)) };
    process.stdout.write(json ? `${JSON.stringify({ ...result, machine })}\n` : `${formatE2e(result)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`faktum bench --e2e: ${(error as Error).message}\n`);
    return 1;
  }
}
