#!/usr/bin/env node
// Compares two builds of faktum in one thread, interleaved: both open the pipeline and read the bench's warm-up,
// then take turns on blocks of texts (who goes first alternates), so that the machine's drift over minutes, 10 to
// 20% here, falls on both alike. Prints tokens per second of each and the ratio B/A.
//
// Usage: node scripts/bench/ab-builds.mjs --a DIR --b DIR [--texts corpus|unseen] [--data DIR] [--passes N]
//   DIR: a compiled dist/ folder placed directly in a checkout (its models/ and corpus/ are read), e.g. for the
//   build before a change: git stash && npm run build && cp -r dist dist-a && git stash pop && npm run build
//   --texts corpus (default): the bench corpus, N passes (default 1); unseen: the SmartData v1 test articles,
//   each text read once by each build (the speed on words the caches do not hold).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const { values } = parseArgs({
  options: { a: { type: 'string' }, b: { type: 'string' }, texts: { type: 'string', default: 'corpus' }, data: { type: 'string', default: '../shared/data' }, passes: { type: 'string', default: '1' } },
});
if (!values.a || !values.b || !['corpus', 'unseen'].includes(values.texts)) {
  console.error('usage: ab-builds.mjs --a DIR --b DIR [--texts corpus|unseen] [--data DIR] [--passes N]');
  process.exit(2);
}
const load = (dir, file) => import(pathToFileURL(resolve(dir, file)).href);
const data = resolve(values.data);
// The bench moved from dist/batch/bench/ to dist/bench/: a build from before the move is read from the old place.
const benchCorpus = existsSync(resolve(values.b, 'bench', 'corpus.js')) ? 'bench/corpus.js' : 'batch/bench/corpus.js';
const { warmUpTexts, buildCorpus, unseenTexts, countTokens } = await load(values.b, benchCorpus);
const texts = values.texts === 'unseen' ? unseenTexts(data) : buildCorpus(data, 1_000_000).articles;
const passes = values.texts === 'unseen' ? 1 : Number(values.passes);
const warm = warmUpTexts(data).texts;
const sides = [];
for (const dir of [values.a, values.b]) {
  const api = await load(dir, 'api.js');
  const pipeline = await api.openPipeline({ pipeline: 'de-news' });
  for (const text of warm) await api.extractText(pipeline, text);
  sides.push({ api, pipeline, ms: 0 });
}
const block = 20;
let tokens = 0;
for (let pass = 0; pass < passes; pass++) {
  for (let i = 0; i < texts.length; i += block) {
    const chunk = texts.slice(i, i + block);
    for (const text of chunk) tokens += countTokens(text);
    for (const k of (i / block) % 2 ? [1, 0] : [0, 1]) {
      const side = sides[k];
      const started = performance.now();
      for (const text of chunk) await side.api.extractText(side.pipeline, text);
      side.ms += performance.now() - started;
    }
  }
}
const [a, b] = sides.map((s) => Math.round((tokens / s.ms) * 1000));
console.log(`${values.texts}, ${tokens} tokens: A ${a} tokens/s, B ${b} tokens/s, B/A ${(sides[0].ms / sides[1].ms).toFixed(3)}`);
