#!/usr/bin/env node
/**
 * Compiles `data/kb/generated/*.jsonl` into the link table `data/kb/compiled/` (src/kb/link-table.ts): rows sorted
 * by id and candidate keys folded once here instead of in every process, read on demand. Uses the built code (`npm
 * run build` first) so that keys are folded as the linker folds them; tests/kb/link-table.test.ts checks that the
 * committed files are current. Usage: node scripts/kb/compile-index.mjs   (also run by scripts/kb/build.mjs)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './sources/_common.mjs';

const { compileLinkTable, entryParts, lineIndexOf } = await import(join(REPO_ROOT, 'dist/kb/compile-link-table.js'));
const { encodeLineIndex } = await import(join(REPO_ROOT, 'dist/kb/line-index.js'));
const dir = join(REPO_ROOT, 'data/kb/generated');
const entries = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => JSON.parse(l)));
const texts = compileLinkTable(entries);
const out = join(REPO_ROOT, 'data/kb/compiled');
mkdirSync(out, { recursive: true });
// Rows in parts of at most 6 MiB (entries.1.jsonl, ...), read back as one text: no committed file nears 8 MiB.
for (const f of readdirSync(out).filter((f) => /^entries(\.\d+)?\.jsonl$/.test(f))) rmSync(join(out, f));
entryParts(texts.entries).forEach((part, i) => writeFileSync(join(out, `entries.${i + 1}.jsonl`), part));
writeFileSync(join(out, 'keys.tsv'), texts.keys);
writeFileSync(join(out, 'last-words.tsv'), texts.lastWords);
writeFileSync(join(out, 'keys.hash'), texts.hashes);
// Where every line of the three texts starts, so that a process need not scan them (src/kb/line-index.ts).
writeFileSync(join(out, 'lines.idx'), encodeLineIndex(lineIndexOf(texts)));
console.error(`link table: ${entries.length} entries, ${texts.keys.split('\n').length - 1} keys`);
