// Does the size of the blocks the two tools take turns on change their ratio? faktum's one worker against
// wink-nlp's tokenisation (measureFaktumVsWink) on the bench corpus, for several block sizes, in rotating order,
// with faktum's batch V8 flags as `faktum bench` has them.
// Usage: node --no-allocation-site-pretenuring --no-parallel-scavenge scripts/bench/in-turns-blocks.mjs [--passes n] [--sizes 20,100,500] [--rewarm 5]
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: { rewarm: { type: 'string', default: '5' }, passes: { type: 'string', default: '2' }, sizes: { type: 'string', default: '20,100,500' }, data: { type: 'string', default: resolve(root, '..', 'shared', 'data') } } });
const { buildCorpus, warmUpTexts } = await import(`${root}/dist/bench/corpus.js`);
const { measureFaktumVsWink } = await import(`${root}/dist/bench/faktum-vs-wink.js`);
const corpus = buildCorpus(values.data, 1_000_000);
const warm = warmUpTexts(values.data);
const sizes = values.sizes.split(',').map(Number);
const ratios = Object.fromEntries(sizes.map((s) => [s, []]));
for (let pass = 0; pass < Number(values.passes); pass++) {
  for (let k = 0; k < sizes.length; k++) {
    const size = sizes[(k + pass) % sizes.length];
    const r = await measureFaktumVsWink(corpus.articles, 'de-news', warm.texts, size, Number(values.rewarm));
    ratios[size].push(r.ratio);
    console.error(`pass ${pass + 1}, ${size} articles a turn: faktum ${(corpus.tokens / r.faktumSeconds).toFixed(0)}, wink ${(corpus.tokens / r.winkSeconds).toFixed(0)} tokens/s, ratio ${r.ratio.toFixed(3)}`);
  }
}
console.log(JSON.stringify(ratios));
