#!/usr/bin/env node
/**
 * Does this machine run two busy threads as fast as one? Times three loops alone and then two copies side by side:
 * a pure CPU loop, random reads over a 128 MB array (cache misses), and an allocation-heavy loop (short-lived
 * objects, garbage collection). Equal times mean two cores that do not slow each other (BENCHMARKS.md, issue 17).
 * Usage: node scripts/bench/two-cores.mjs
 */
import { execFileSync, spawn } from 'node:child_process';

const kind = process.argv[2];
if (kind) {
  const t = process.hrtime.bigint();
  let x = 0;
  if (kind === 'cpu') for (let i = 0; i < 6e8; i++) x = (x * 31 + i) | 0;
  if (kind === 'mem') {
    const a = new Float64Array(16e6).fill(1);
    for (let i = 0, j = 1; i < 1.5e8; i++) (j = (j * 1103515245 + 12345) & 0xffffff), (x += a[j]);
  }
  if (kind === 'alloc') {
    const m = new Map();
    for (let i = 0; i < 3e7; i++) {
      const o = { a: i, b: `w${i % 5000}` };
      if (i % 7 === 0) m.set(o.b, o);
      x += o.a & 1;
    }
  }
  console.log((Number(process.hrtime.bigint() - t) / 1e9).toFixed(2), x & 1 ? '' : ' ');
} else {
  const me = new URL(import.meta.url).pathname;
  const one = (k) => execFileSync(process.execPath, [me, k], { encoding: 'utf8' }).trim();
  const child = (k) => new Promise((resolve) => {
    let out = '';
    spawn(process.execPath, [me, k]).stdout.on('data', (c) => (out += c)).on('end', () => resolve(out.trim()));
  });
  for (const k of ['cpu', 'mem', 'alloc']) console.log(`${k}: alone ${one(k)} s; two side by side ${(await Promise.all([child(k), child(k)])).join(' s, ')} s`);
}
