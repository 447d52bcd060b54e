#!/usr/bin/env node
/**
 * Counts the names faktum recognises in German text but cannot link to Wikidata, most frequent first.
 *
 * Runs a faktum build over German texts that are not measurement sets and counts, per (type, entity canonical
 * name), the name mentions (kind `name`, type PER/ORG/LOC/OTH) whose entity has no `qid`. Writes a TSV
 * `type<TAB>name<TAB>count<TAB>sets` sorted by count (then type and name), after one `#` line saying how it was made.
 *
 * Sets (under --data): Leipzig news 2015 (10 sentences a document), GermEval 2014 dev (a sentence a document),
 * SmartData (v1 train+test and v3 dev+test, texts de-duplicated), MobIE NER (all splits, a document per
 * -DOCSTART-), LER train (the first --ler sentences, 10 consecutive sentences a document), WikiANN train
 * (10 sentences a document). Never read: Leipzig 2020 and the GermEval test file (measurement sets).
 *
 * Usage: node scripts/kb/count-unlinked.mjs --data ../shared/data --faktum <dir of dist/api.js>
 *          --out data/kb/frequency/unlinked-names.tsv [--ler 10000]
 */
import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { devSets } from './dev-texts.mjs';

const { values: opt } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    faktum: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'data/kb/frequency/unlinked-names.tsv' },
    ler: { type: 'string', default: '10000' },
  },
});
const data = resolve(opt.data);
// The KB reads the shared Wikidata tables (Bundestag, Party Facts, US Congress) from the same folder, wherever the
// faktum build lives (a frozen copy under /tmp has no ../shared/data beside it).
process.env.FAKTUM_DATA = data;
const { openPipeline, extractText, extractTokens } = await import(pathToFileURL(join(resolve(opt.faktum), 'api.js')).href);

const sets = devSets(data, { ler: Number(opt.ler) });

const pipeline = await openPipeline();
/** (type \t name) -> { count, sets } */
const counts = new Map();
for (const [set, read] of Object.entries(sets)) {
  const docs = read();
  let n = 0;
  for (const d of docs) {
    const doc = d.text !== undefined ? await extractText(pipeline, d.text) : await extractTokens(pipeline, d.sentences);
    const byId = new Map(doc.entities.map((e) => [e.id, e]));
    for (const m of doc.mentions) {
      if (m.kind !== 'name' || !['PER', 'ORG', 'LOC', 'OTH'].includes(m.type)) continue;
      const e = byId.get(m.entity);
      if (!e || e.qid) continue;
      const key = `${m.type}\t${e.name}`;
      const c = counts.get(key) ?? { count: 0, sets: new Set() };
      c.count++;
      c.sets.add(set);
      counts.set(key, c);
      n++;
    }
  }
  console.error(`${set}: ${docs.length} documents, ${n} unlinked name mentions`);
}

/** The faktum version: package.json beside the dist folder, when there is one. */
const pkg = join(resolve(opt.faktum), '..', 'package.json');
const version = existsSync(pkg) ? JSON.parse(readFileSync(pkg, 'utf8')).version : 'unknown';
const rows = [...counts].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
const header = `# unlinked name mentions (kind name, type PER/ORG/LOC/OTH, entity without qid) per (type, entity name), ` +
  `made by scripts/kb/count-unlinked.mjs --ler ${opt.ler} with faktum ${version} (${opt.faktum}, pipeline de-news) over: ` +
  `${Object.keys(sets).join(', ')}; never Leipzig 2020 nor GermEval test; ` +
  `columns: type, name, count, sets`;
mkdirSync(dirname(resolve(opt.out)), { recursive: true });
writeFileSync(opt.out, [header, ...rows.map(([k, c]) => `${k}\t${c.count}\t${[...c.sets].join(',')}`)].join('\n') + '\n');
console.error(`${rows.length} rows -> ${opt.out}`);
