#!/usr/bin/env node
// What V8 still compiles once the bench's warm-up is done: in one thread, the pipeline reads the warm-up texts
// (WARM-UPS times; default 1; with --corpus-first, the bench's warm-up of now: each distinct corpus article, then
// forgetWords, then the texts), then the bench corpus twice, under `--trace-opt --trace-deopt`; prints the functions
// optimised and deoptimised during each corpus pass. Usage:
//   node scripts/bench/opt-trace.mjs [WARM-UPS] [--corpus-first] [--data DIR]
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { data: { type: 'string', default: '../shared/data' }, child: { type: 'boolean', default: false }, 'corpus-first': { type: 'boolean', default: false } } });
const warmUps = Number(positionals[0]) > 0 ? Number(positionals[0]) : 1;
if (values.child) {
  const { warmUpTexts, buildCorpus } = await import(`${root}/dist/bench/corpus.js`);
  const { openPipeline, extractText, forgetWords } = await import(`${root}/dist/api.js`);
  const { articles } = buildCorpus(resolve(values.data), 1_000_000);
  const warm = warmUpTexts(resolve(values.data)).texts;
  const pipeline = await openPipeline({ pipeline: 'de-news' });
  if (values['corpus-first']) {
    for (const text of new Set(articles)) await extractText(pipeline, text);
    forgetWords();
  }
  for (let r = 0; r < warmUps; r++) for (const text of warm) await extractText(pipeline, text);
  for (const pass of ['first', 'second']) {
    console.log(`=== corpus pass ${pass}`);
    for (const text of articles) await extractText(pipeline, text);
  }
  console.log('=== end');
} else {
  const args = ['--trace-opt', '--trace-deopt', fileURLToPath(import.meta.url), String(warmUps), '--child', '--data', values.data, ...(values['corpus-first'] ? ['--corpus-first'] : [])];
  const out = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 2 ** 28 }).stdout.split('\n');
  let pass;
  const seen = new Map();
  for (const line of out) {
    if (line.startsWith('=== ')) pass = line.slice(4);
    const m = /(completed optimizing|deoptimizing) 0x[0-9a-f]+ <JSFunction ([^ >]*)/.exec(line);
    if (m && pass?.startsWith('corpus')) seen.set(pass, [...(seen.get(pass) ?? []), `${m[1] === 'deoptimizing' ? 'deopt' : 'opt'} ${m[2].startsWith('(') ? '(anonymous)' : m[2]}`]);
  }
  for (const [pass, events] of seen) {
    const opts = events.filter((e) => e.startsWith('opt ')).length;
    console.log(`${pass}: ${opts} functions optimised, ${events.length - opts} deoptimised: ${events.join(', ')}`);
  }
}
