#!/usr/bin/env node
/** Usage: node scripts/kb/sources/run-one.mjs <module.mjs> <mirrorDir> <out.jsonl>
 * Imports a KB source module, calls its load({ mirrorDir }), checks the entries and writes them as JSON Lines. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkEntries } from './_common.mjs';

const [modPath, mirrorDir, out] = process.argv.slice(2);
if (!modPath || !mirrorDir || !out) {
  console.error('usage: run-one.mjs <module.mjs> <mirrorDir> <out.jsonl>');
  process.exit(2);
}
const mod = await import(pathToFileURL(resolve(modPath)).href);
const entries = await mod.load({ mirrorDir });
const problems = checkEntries(entries);
writeFileSync(out, entries.map((e) => JSON.stringify(e)).join('\n') + (entries.length ? '\n' : ''));
const byType = {};
for (const e of entries) byType[`${e.type}/${e.schemaType}`] = (byType[`${e.type}/${e.schemaType}`] ?? 0) + 1;
console.log(`${mod.source.id}: ${entries.length} entries -> ${out}`, JSON.stringify(byType));
if (problems.length) {
  console.error(`${problems.length} problems:\n${problems.slice(0, 20).join('\n')}`);
  process.exitCode = 1;
}
