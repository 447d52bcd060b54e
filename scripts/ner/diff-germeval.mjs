// Mentions one pipeline finds and another does not on GermEval-style TSV, with the gold outer label of their tokens.
// Usage: npm run build && node scripts/ner/diff-germeval.mjs FILE.tsv PIPELINE_A PIPELINE_B
import { readFileSync } from 'node:fs';
import { extractTokens, openPipeline } from '../../dist/api.js';

const [file, a, b] = process.argv.slice(2);
const sentences = [];
let current = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.startsWith('#')) continue;
  if (!line.trim()) { if (current.length) sentences.push(current); current = []; continue; }
  const [, word, outer] = line.split('\t');
  current.push({ word, outer });
}
const words = sentences.map((s) => s.map((w) => w.word));
const gold = sentences.flat().map((w) => w.outer);
const run = async (name) => {
  const doc = await extractTokens(await openPipeline({ pipeline: name }), words);
  return doc.mentions.map((m) => {
    const toks = doc.tokens.map((t, i) => [t, i]).filter(([t]) => t.start < m.end && m.start < t.end).map(([, i]) => i);
    const label = `${m.type}${m.kind === 'name' ? '' : m.kind}`;
    return { key: `${m.start}-${m.end}-${label}`, text: `${m.text}/${label}[${m.source}] gold: ${toks.map((i) => gold[i]).join(' ')}` };
  });
};
const [ma, mb] = [await run(a), await run(b)];
const keysB = new Set(mb.map((m) => m.key));
for (const m of ma) if (!keysB.has(m.key)) console.log(m.text);
