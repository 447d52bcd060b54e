#!/usr/bin/env node
// Is a tool slower right after it has waited? wink-nlp's tokenisation (the bench's child process) over the corpus in
// blocks, once with a wait before each block and once without, taking turns (order reversed every pass). This is
// why the bench's in-turns measure gives both tools turns of equal length (src/bench/faktum-vs-wink.ts).
//
// Usage: node scripts/bench/wink-after-waiting.mjs [--per-block 500] [--wait-ms 400] [--passes 4] [--data DIR]
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: { 'per-block': { type: 'string', default: '500' }, 'wait-ms': { type: 'string', default: '400' }, passes: { type: 'string', default: '4' }, data: { type: 'string', default: resolve(root, '..', 'shared', 'data') } },
});
const { buildCorpus, warmUpTexts } = await import(`${root}/dist/bench/corpus.js`);
const { inBlocks } = await import(`${root}/dist/bench/in-turns.js`);
const { startWinkTokenizer } = await import(`${root}/dist/bench/wink-tokenizer.js`);
const corpus = buildCorpus(values.data, 1_000_000);
const wink = await startWinkTokenizer([...new Set(corpus.articles), ...warmUpTexts(values.data).texts]);
const blocks = inBlocks(corpus.articles, Number(values['per-block']));
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
for (let pass = 0; pass < Number(values.passes); pass++) {
  const out = {};
  for (const wait of pass % 2 ? [true, false] : [false, true]) {
    let seconds = 0;
    for (const block of blocks) {
      if (wait) await sleep(Number(values['wait-ms']));
      seconds += await wink.time(block);
    }
    out[wait ? 'after waiting' : 'without waiting'] = Math.round(corpus.tokens / seconds);
  }
  console.log(`pass ${pass + 1}: ${JSON.stringify(out)} tokens/s`);
}
await wink.close();
