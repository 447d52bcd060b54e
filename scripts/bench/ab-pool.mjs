#!/usr/bin/env node
// Compares builds or Node flags on the bench's worker pools: each variant runs in its own Node process (the bench
// corpus on two workers, then on one, after the warm-up, as `faktum bench` does), and the variants take turns,
// their order reversed every pair, so that the machine's drift falls on all of them alike.
//
// Usage: node scripts/bench/ab-pool.mjs VARIANTS [PAIRS] [--data DIR]
//   VARIANTS: JSON, e.g. '[{"name":"defaults"},{"name":"no pretenuring","node":["--no-allocation-site-pretenuring"]},
//   {"name":"old build","dist":"dist-a"}]' (dist: a compiled dist/ folder placed directly in a checkout)
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [mode, ...rest] = process.argv.slice(2);
const dataAt = process.argv.indexOf('--data');
const data = resolve(dataAt > 0 ? process.argv[dataAt + 1] : '../shared/data');
if (mode === '--child') {
  const dist = pathToFileURL(resolve(rest[0])).href;
  const { warmUpTexts, buildCorpus } = await import(`${dist}/bench/corpus.js`);
  const { measureFaktum } = await import(`${dist}/bench/measure.js`);
  const { articles, tokens } = buildCorpus(data, 1_000_000);
  const warm = warmUpTexts(data).texts;
  const two = await measureFaktum(articles, 2, 'de-news', warm);
  const one = await measureFaktum(articles, 1, 'de-news', warm);
  console.log(JSON.stringify({ one: tokens / one.seconds, two: tokens / two.seconds, rss: process.resourceUsage().maxRSS / 1024 }));
} else {
  const variants = JSON.parse(mode);
  const pairs = Number(rest[0]) > 0 ? Number(rest[0]) : 4;
  const runs = new Map(variants.map((v) => [v.name, []]));
  const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
  for (let p = 0; p < pairs; p++) {
    for (const v of p % 2 ? [...variants].reverse() : variants) {
      const args = [...(v.node ?? []), fileURLToPath(import.meta.url), '--child', resolve(root, v.dist ?? 'dist'), '--data', data];
      const r = JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim().split('\n').pop());
      runs.get(v.name).push(r);
      console.log(`pair ${p + 1}, ${v.name}: 1 worker ${Math.round(r.one)}, 2 workers ${Math.round(r.two)} tokens/s, speedup ${(r.two / r.one).toFixed(2)}, peak RSS ${Math.round(r.rss)} MB`);
    }
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  for (const [name, rs] of runs) {
    console.log(`${name}: means 1 worker ${Math.round(mean(rs.map((r) => r.one)))}, 2 workers ${Math.round(mean(rs.map((r) => r.two)))} tokens/s, speedup ${mean(rs.map((r) => r.two / r.one)).toFixed(2)}; peak RSS up to ${Math.round(Math.max(...rs.map((r) => r.rss)))} MB`);
  }
}
