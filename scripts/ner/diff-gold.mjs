// Per-article differences between de-news output and gold: entity sets (name:type) and mention spans.
// Usage: npm run build && node scripts/ner/diff-gold.mjs [article-substring]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, openPipeline } from '../../dist/api.js';

const root = join(import.meta.dirname, '..', '..');
const pipeline = await openPipeline({ pipeline: 'de-news' });
const filter = process.argv[2] ?? '';
for (const f of readdirSync(join(root, 'corpus/de')).filter((f) => f.endsWith('.txt') && f.includes(filter)).sort()) {
  const text = readFileSync(join(root, 'corpus/de', f), 'utf8').replace(/^\uFEFF/, '');
  const gold = JSON.parse(readFileSync(join(root, 'corpus/gold', f.replace(/\.txt$/, '.json')), 'utf8'));
  const doc = await extractText(pipeline, text, { path: `de/${f}` });
  const pe = new Set(doc.entities.map((e) => `${e.name}:${e.type}`));
  const ge = new Set(gold.entities.map((e) => `${e.name}:${e.type}`));
  const label = (m) => `${m.type}${m.kind && m.kind !== 'name' ? m.kind : ''}`;
  const pm = new Map(doc.mentions.map((m) => [`${m.start}-${m.end}`, `${m.text}/${label(m)}[${m.source}]`]));
  const gm = new Map(gold.mentions.map((m) => [`${m.start}-${m.end}`, `${m.text}/${m.label}`]));
  console.log(`\n## ${f}`);
  console.log('  FP entities:', [...pe].filter((x) => !ge.has(x)).join(' | '));
  console.log('  FN entities:', [...ge].filter((x) => !pe.has(x)).join(' | '));
  const fp = [...pm].filter(([k, v]) => gm.get(k) !== v.replace(/\[.*\]$/, '')).map(([k, v]) => `${v}${gm.has(k) ? ' (gold ' + gm.get(k) + ')' : ''}`);
  const fn = [...gm].filter(([k]) => !pm.has(k)).map(([, v]) => v);
  console.log('  FP mentions:', fp.join(' | '));
  console.log('  FN mentions:', fn.join(' | '));
}
