#!/usr/bin/env node
// Writes a copy of a model file whose decoder pays <bias> per word outside a name (src/model/outside-bias.ts) and
// prints its F1 on the tuning split (the 10 % of GermEval dev that training holds out, split seed 2014).
//   npx tsc -p scripts/model/tsconfig.json
//   node scripts/model/outside-bias.mjs <in model.bin> <out model.bin> <bias> [--data ../shared/data] [--version 1.2.0]
import { readFileSync } from 'node:fs';
import { carveTuningSplit, goldTags, loadTagger, readTrainingSets, saveModel, withOutsideBias } from '../../dist/model/index.js';
import { scoreChunkSets } from '../../dist/model/chunk-score.js';

const args = process.argv.slice(2);
const dataAt = args.indexOf('--data');
const data = dataAt >= 0 ? args.splice(dataAt, 2)[1] : '../shared/data';
const versionAt = args.indexOf('--version');
const version = versionAt >= 0 ? args.splice(versionAt, 2)[1] : undefined;
const [input, output, bias] = args;
if (!input || !output || bias === undefined || Number.isNaN(Number(bias))) {
  process.stderr.write('usage: outside-bias.mjs <in model.bin> <out model.bin> <bias> [--data <dir>] [--version <x.y.z>]\n');
  process.exit(2);
}
saveModel(output, withOutsideBias(readFileSync(input), Number(bias), version));
const [germeval] = readTrainingSets(data, ['germeval']);
const { tune } = carveTuningSplit(germeval.sentences, 0.1, 2014);
const tagger = loadTagger(output);
const f1 = scoreChunkSets(tune.map(goldTags), tune.map((s) => tagger.tag(s.words))).micro.f1;
process.stdout.write(`outside bias ${bias}: tuning F1 ${f1.toFixed(4)} (${tune.length} sentences) -> ${output}\n`);
