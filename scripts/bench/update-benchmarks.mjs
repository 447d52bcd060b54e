#!/usr/bin/env node
// Runs `faktum bench --json` and writes its results, the machine and the command into BENCHMARKS.md, between the
// `<!-- results:start -->` and `<!-- results:end -->` markers. Usage: node scripts/bench/update-benchmarks.mjs
// [bench options], e.g. `--rounds 3` (medians of three rounds). Run it on an otherwise idle machine: the results say
// how busy the machine was.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let args = process.argv.slice(2);
// `--results FILE`: render the last line of a saved `faktum bench --json` output instead of running the bench (give
// the options that run was made with too, e.g. `--results out.json --rounds 5`).
const saved = args.indexOf('--results');
let output;
if (saved >= 0) {
  output = readFileSync(args[saved + 1], 'utf8');
  // The other options are those the saved run was made with: they go into the command line written down.
  args = args.filter((_, i) => i !== saved && i !== saved + 1);
} else {
  output = execFileSync(process.execPath, [join(root, 'bin', 'faktum.js'), 'bench', '--json', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}
const r = JSON.parse(output.trim().split('\n').pop());
const n = (x) => (x === null || x === undefined ? 'n/a' : Number(x).toLocaleString('en-US'));
const busy = r.coresAvailable < 1.8 || r.loadAverageAtStart > 0.5 || r.twoWorkerCoresUsed < 1.6;
const rows = [
  ['corpus', `${n(r.corpusArticles)} articles, ${n(r.corpusTokens)} tokens`, '>= 1M tokens'],
  ['faktum, 1 worker', `${n(r.faktumTokensPerSec)} tokens/s`, ''],
  ['faktum, 2 workers', `${n(r.faktumTwoWorkerTokensPerSec)} tokens/s`, ''],
  ['faktum, 1 worker, unseen news (after the corpus)', r.faktumUnseenTokensPerSec ? `${n(r.faktumUnseenTokensPerSec)} tokens/s (${n(r.unseenTokens)} tokens of SmartData v1 test)` : 'n/a (no data)', ''],
  ['two-worker speedup', `${r.twoWorkerSpeedup} (cores available: ${r.coresAvailable})`, '>= 1.7'],
  ['wink-nlp tokenisation', `${n(r.winkTokenizeTokensPerSec)} tokens/s`, ''],
  ['wink-nlp full English pipeline', `${n(r.winkFullTokensPerSec)} tokens/s`, ''],
  ['compromise people/places/organisations', `${n(r.compromiseTokensPerSec)} tokens/s`, ''],
  ['faktum / wink tokenisation', String(r.faktumVsWinkTokenize), '>= 0.2'],
  ...(r.faktumVsWinkTokenizeInTurns === undefined ? [] : [['faktum / wink tokenisation, taking turns on the same blocks', String(r.faktumVsWinkTokenizeInTurns), '>= 0.2']]),
  ['faktum / compromise', String(r.faktumVsCompromise), '>= 5'],
  ['peak RSS', `${n(r.peakRssMb)} MB`, '< 500 MB'],
  ['cold start, `faktum run` on one article', `${n(r.coldStartMs)} ms`, '< 1,000 ms'],
];
const stages = Object.entries(r.stageTimeShare ?? {})
  .sort((a, b) => b[1] - a[1])
  .map(([id, share]) => `${id} ${(share * 100).toFixed(0)}%`)
  .join(', ');
const block = [
  `Machine: \`nproc\` ${r.machine.cpus}, CPU \`${r.machine.cpu}\`, ${Math.round(totalmem() / 2 ** 30)} GB RAM, \`node -v\` ${r.machine.node}, ${process.platform}.`,
  `Command: \`npm run bench -- --json${args.length ? ` ${args.join(' ')}` : ''}\`, ${new Date().toISOString().slice(0, 10)}.`,
  '',
  busy
    ? `**Busy machine**: load average ${r.loadAverageAtStart} at the start; two busy threads got ${r.coresAvailable} cores in a probe before the runs, and the two-worker run kept ${r.twoWorkerCoresUsed} cores busy (other work took the rest). Absolute numbers are low for that reason, and a two-worker speedup cannot show when the process gets about one core.`
    : `Idle machine: load average ${r.loadAverageAtStart} at the start; two busy threads got ${r.coresAvailable} cores.`,
  '',
  '| measure | result | target |',
  '|---|---|---|',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
  '',
  `Time per stage: ${stages}. Cores kept busy: ${r.oneWorkerCoresUsed} (1 worker), ${r.twoWorkerCoresUsed} (2 workers).`,
  ...(r.rounds > 1
    ? [
        '',
        `Medians of ${r.rounds} rounds (each tool measured once per round, one after the other; ratios and the speedup taken per round, then the median). The rounds:`,
        '',
        '| round | faktum, 1 worker | faktum, 2 workers | speedup | faktum, unseen news | wink-nlp tokenisation | faktum / wink | compromise | in turns: faktum, wink-nlp, ratio |',
        '|---|---|---|---|---|---|---|---|---|',
        ...r.perRound.map((x, i) => `| ${i + 1} | ${n(x.faktumTokensPerSec)} | ${n(x.faktumTwoWorkerTokensPerSec)} | ${(x.faktumTwoWorkerTokensPerSec / x.faktumTokensPerSec).toFixed(2)} | ${n(x.faktumUnseenTokensPerSec)} | ${n(x.winkTokenizeTokensPerSec)} | ${(x.faktumTokensPerSec / x.winkTokenizeTokensPerSec).toFixed(3)} | ${n(x.compromiseTokensPerSec)} | ${x.inTurns ? `${n(x.inTurns.faktumTokensPerSec)}, ${n(x.inTurns.winkTokenizeTokensPerSec)}, ${(x.inTurns.faktumTokensPerSec / x.inTurns.winkTokenizeTokensPerSec).toFixed(3)}` : 'n/a'} |`),
      ]
    : []),
  '',
  '```json',
  JSON.stringify(r),
  '```',
].join('\n');
const file = join(root, 'BENCHMARKS.md');
const text = readFileSync(file, 'utf8');
const start = '<!-- results:start -->';
const end = '<!-- results:end -->';
if (!text.includes(start) || !text.includes(end)) throw new Error(`${file}: markers ${start} ... ${end} not found`);
writeFileSync(file, `${text.slice(0, text.indexOf(start) + start.length)}\n${block}\n${text.slice(text.indexOf(end))}`);
console.log(`BENCHMARKS.md updated${busy ? ' (busy machine)' : ''}`);
