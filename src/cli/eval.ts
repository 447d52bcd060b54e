import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Command } from 'commander';
import { parseOrExitCode, reportingProgram } from './parse-args.js';
import { applyBaseline } from './eval-gate.js';
import { readGermEval } from '../eval/conll/read-germeval.js';
import { evaluateConll } from '../eval/conll/evaluate-conll.js';
import { germEvalGatedMetrics } from '../eval/conll/gated-germeval.js';
import { corpusGatedMetrics, evaluateCorpus } from '../eval/corpus/evaluate.js';
import { readGoldCorpus } from '../eval/corpus/gold.js';
import { evaluateCorpusDocuments } from '../report/eval/collect.js';
import { writeEvalReport } from '../report/eval/write-eval.js';
import { loadPipelineApi, type EvalApi } from '../eval/pipeline-api.js';
import { formatGermEval } from '../eval/report/format-conll.js';
import { formatCorpus } from '../eval/report/format-corpus.js';
import { evaluateLinks, linkGatedMetrics } from '../eval/links/evaluate.js';
import { formatLinks } from '../eval/report/format-links.js';
import { realNewsSplitProblem, runRealNews } from './eval-realnews.js';
import { runUner } from './eval-uner.js';

/** What `evalCommand` talks to; tests replace the pipeline API and the output streams. */
export interface EvalCommandDeps {
  api?: EvalApi;
  out?: (text: string) => void;
  err?: (text: string) => void;
}

interface EvalOptions {
  html?: string;
  conll?: string;
  pipeline?: string;
  corpus: string;
  json?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  data: string;
  gold?: string[];
  split?: string;
}

const DEFAULT_BASELINE = { corpus: 'corpus/baseline.json', conll: 'corpus/baseline-germeval.json', links: 'corpus/baseline-links.json' };
/** The linking gold set scored by `faktum eval links` unless `--gold` names another. */
const DEFAULT_LINK_GOLD = 'corpus/links/leipzig-2020.gold.json';

function parser(out: (s: string) => void, err: (s: string) => void): Command {
  return reportingProgram(new Command('faktum eval')
    .description('Score the pipeline against gold: the corpus (`faktum eval corpus`), Wikidata links on real news (`faktum eval links`), names in real news (`faktum eval realnews`), the whole pipeline on UNER German PUD (`faktum eval uner`, report only) or a GermEval 2014 TSV file (`--conll FILE`).')
    .argument('[target]', '"corpus" to score corpus/de/*.txt against corpus/gold/*.json; "links" for link coverage on the Leipzig 2020 sentences and precision/recall on the linking gold; "realnews" for NER on the Leipzig news dev set (corpus/ner; --split test for the held-out set); "uner" for PER/LOC/ORG on UNER German PUD (report only)')
    .option('--conll <file>', 'tag a GermEval 2014 TSV file and report conlleval-compatible outer, outer12 and official scores')
    .option('--pipeline <name>', 'pipeline name or file to evaluate (default: the default pipeline)')
    .option('--corpus <dir>', 'corpus root with de/ and gold/ (realnews: its ner/)', 'corpus')
    .option('--data <dir>', 'the open data folder (links: its leipzig-deu-news/ is read)', '../shared/data')
    .option('--gold <file>', `links: the linking gold set (default ${DEFAULT_LINK_GOLD}); realnews: a NER gold file, repeatable (default corpus/ner/leipzig-*.gold.json); uner: the IOB2 file (default <data>/uner-german-pud/de_pud-ud-test.iob2)`, (v: string, prev: string[] = []) => [...prev, v])
    .option('--split <name>', 'realnews: "dev" (default: corpus/ner/leipzig-*.gold.json, the set rules are judged on, gated in CI) or "test" (the held-out corpus/ner/leipzig-*.test.json: scores only, report-only, no baseline, no error lines)')
    .option('--json', 'print the report as one JSON object on the last line')
    .option('--baseline <file>', `gate against a baseline file (default for --update-baseline: ${DEFAULT_BASELINE.corpus}, or ${DEFAULT_BASELINE.conll} with --conll)`)
    .option('--update-baseline', 'write the gated metrics of this run to the baseline file instead of gating')
    .option('--html <dir>', 'corpus: also write the evaluation as HTML pages (per-label tables, baseline comparison, gold and predicted per document)'), out, err);
}

/**
 * `faktum eval`: scores extraction quality and gates it against a committed baseline. Returns the exit code:
 * 0 when scored (and the gate passed), 1 when the gate failed or a document failed fatally, 2 on usage errors
 * or unreadable input.
 */
export async function evalCommand(args: string[], deps: EvalCommandDeps = {}): Promise<number> {
  const out = deps.out ?? ((s: string) => process.stdout.write(s));
  const err = deps.err ?? ((s: string) => process.stderr.write(s));
  const program = parser(out, err);
  const ended = await parseOrExitCode(program, args);
  if (ended !== undefined) return ended;
  const opts = program.opts<EvalOptions>();
  const target = program.args[0];
  if (target !== undefined && target !== 'corpus' && target !== 'links' && target !== 'realnews' && target !== 'uner') return usage(err, `unknown target "${target}" (expected "corpus", "links", "realnews" or "uner")`);
  if (opts.html && target !== 'corpus') return usage(err, '--html is for `faktum eval corpus`');
  const splitProblem = realNewsSplitProblem(target, opts);
  if (splitProblem) return usage(err, splitProblem);
  if ((target !== undefined) === Boolean(opts.conll)) return usage(err, 'give either `corpus`, `links`, `realnews`, `uner` or `--conll FILE`');
  try {
    // The KB reads the Wikidata tables of the same data folder (src/kb/shared-tables.ts): set before it loads.
    if (target === 'links' || target === 'realnews' || target === 'uner' || program.getOptionValueSource('data') === 'cli') process.env.FAKTUM_DATA ??= resolve(opts.data);
    const api = deps.api ?? (await loadPipelineApi());
    if (target === 'links') return await runLinks(api, opts, out, err);
    if (target === 'uner') return await runUner(api, opts, out, err);
    if (target === 'realnews') return await runRealNews(api, opts, out, (m, key, path) => applyBaseline(m, key, path, opts, err));
    return opts.conll ? await runConll(api, opts.conll, opts, out, err) : await runCorpus(api, opts, out, err);
  } catch (e) {
    err(`faktum eval: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

function usage(err: (s: string) => void, message: string): number {
  err(`faktum eval: ${message}\n(run \`faktum eval --help\` for usage)\n`);
  return 2;
}

async function runConll(api: EvalApi, file: string, opts: EvalOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const sentences = readGermEval(file);
  const pipeline = await api.openPipeline(opts.pipeline ? { pipeline: opts.pipeline } : {});
  const scores = await evaluateConll(api, pipeline, sentences);
  const key = `conll:${basename(file)}`;
  const gate = applyBaseline(germEvalGatedMetrics(scores), key, DEFAULT_BASELINE.conll, opts, err);
  const { outer, outer12, inner, official } = scores;
  if (opts.json) out(`${JSON.stringify({ kind: 'conll', file, sentences: sentences.length, outer, outer12, inner, official, gate: gate.json })}\n`);
  else out(`${formatGermEval(file, scores)}\n${gate.text}`);
  return gate.code;
}

async function runCorpus(api: EvalApi, opts: EvalOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const articles = readGoldCorpus(opts.corpus);
  const pipeline = await api.openPipeline(opts.pipeline ? { pipeline: opts.pipeline } : {});
  const { report, problems, documents } = opts.html ? await evaluateCorpusDocuments(api, pipeline, articles) : { ...(await evaluateCorpus(api, pipeline, articles)), documents: [] };
  for (const p of problems) err(`faktum eval: fatal: ${p}\n`);
  const name = opts.pipeline ?? 'default';
  const gate = applyBaseline(corpusGatedMetrics(report), `corpus:${name}`, DEFAULT_BASELINE.corpus, opts, err);
  if (opts.json) out(`${JSON.stringify({ kind: 'corpus', pipeline: name, ...report, problems, gate: gate.json })}\n`);
  else out(`${formatCorpus(report, name)}\n${gate.text}`);
  if (opts.html) {
    // The default baseline holds the bundled corpus's numbers: compare with it only when that corpus was scored.
    const path = opts.baseline ?? (opts.corpus === 'corpus' && existsSync(DEFAULT_BASELINE.corpus) ? DEFAULT_BASELINE.corpus : undefined);
    writeEvalReport({ dir: opts.html, pipeline: name, report, documents, problems, ...(path ? { baseline: { path, key: `corpus:${name}` } } : {}) });
    err(`faktum eval: pages written to ${join(opts.html, 'index.html')}\n`);
  }
  return Math.max(gate.code, problems.length > 0 ? 1 : 0);
}

async function runLinks(api: EvalApi, opts: EvalOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const pipeline = await api.openPipeline(opts.pipeline ? { pipeline: opts.pipeline } : {});
  const report = await evaluateLinks(api, pipeline, opts.data, opts.gold?.[0] ?? DEFAULT_LINK_GOLD);
  const name = opts.pipeline ?? 'default';
  const gate = applyBaseline(linkGatedMetrics(report), `links:${name}`, DEFAULT_BASELINE.links, opts, err);
  if (opts.json) out(`${JSON.stringify({ kind: 'links', pipeline: name, ...report, gate: gate.json })}\n`);
  else out(`${formatLinks(report)}\n${gate.text}`);
  return gate.code;
}
