// Reproduces every number of models/de-ner-v1/MODEL_CARD.md (build first: npx tsc -p scripts/model/tsconfig.json).
// Usage: node scripts/model/evaluate.mjs [model folder, default models/de-ner-v1] [--data ../shared/data] [--json]
import { performance } from 'node:perf_hooks';
import { statSync } from 'node:fs';
import { loadTagger, modelFilePath } from '../../dist/model/index.js';
import { evaluateModel } from '../../dist/model/evaluate.js';
import { loadLexicons } from '../../dist/model/lexicons.js';

const args = process.argv.slice(2);
const dataAt = args.indexOf('--data');
const data = dataAt >= 0 ? args[dataAt + 1] : '../shared/data';
const model = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--data') ?? 'models/de-ner-v1';
const t0 = performance.now();
const tagger = loadTagger(model);
const loadMs = performance.now() - t0;
const t1 = performance.now();
loadLexicons();
const lexMs = performance.now() - t1;
const report = evaluateModel(tagger, data);
const size = statSync(modelFilePath(model)).size;
const f = (x) => x.toFixed(4);
const row = (name, s) => `| ${name} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${s.gold ?? s.tp + s.fn} |`;
const out = [];
out.push(`model ${modelFilePath(model)}: ${(size / 1048576).toFixed(2)} MiB; load ${loadMs.toFixed(0)} ms (+ lexicons on first tag ${lexMs.toFixed(0)} ms)`);
out.push(`machine: ${report.machine}`);
out.push(`speed (GermEval test, ${report.speed.tokens} tokens): ${report.speed.tokensPerSecond} tokens/s warm cache, ${report.speed.coldCompiledTokensPerSecond} tokens/s cold cache (compiled code), ${report.speed.coldTokensPerSecond} tokens/s first pass of the process`);
for (const [name, s] of [['GermEval 2014 test', report.test], ['GermEval 2014 dev (training data)', report.dev]]) {
  out.push('', `### ${name}: ${s.sentences} sentences, ${s.tokens} tokens`, '', '| scope | P | R | F1 | gold chunks |', '|---|---|---|---|---|');
  out.push(row('outer, 4 main types (micro)', s.outer4.micro), row('outer, 12 types (micro)', s.outer12.micro), row('official strict combined (outer+inner, 12 types)', s.combined.micro));
  for (const [t, v] of Object.entries(s.outer12.perType)) out.push(row(t, v));
}
out.push('', '### UNER German PUD (PER/LOC/ORG)', '', '| scope | P | R | F1 | gold chunks |', '|---|---|---|---|---|');
out.push(row('micro', report.unerPud.micro));
for (const [t, v] of Object.entries(report.unerPud.perType)) out.push(row(t, v));
console.log(args.includes('--json') ? JSON.stringify({ loadMs, lexMs, size, ...report }, null, 1) : out.join('\n'));
