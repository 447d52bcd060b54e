#!/usr/bin/env node
/**
 * Builds the generated knowledge-base files `data/kb/generated/<source>.jsonl` from their sources: the Wikidata
 * tables under `--data` (default ../shared/data) and public repositories fetched to `--mirror` (default
 * /work/.mirror, `<owner>+<name>/repo`). Each source is a module in `scripts/kb/sources/` exporting `source`
 * (where, which commit, licence, how its QIDs were made) and `load()`. A source whose input is missing here keeps
 * its committed file. Then:
 * - an entry whose QID a curated entry already has is dropped (the curated one is richer);
 * - a curated entry without a QID (except from brand tables) takes the QID of the one generated entry of its type
 *   that shares a name or alias with it (folded; no name of either may name two generated entries; not when both
 *   name different countries), with that
 *   source as `qidSource` (rewritten in place in `data/kb/curated/`), and that generated entry is dropped;
 * - a QID given by two sources is kept from the first (shared-data tables first, then by `late`, then by source id);
 * - `data/kb/sources.json` records every source with its entry count;
 * - a module exporting `excluded` (the reason) is not built and keeps no file.
 * Usage: node scripts/kb/build.mjs [--data DIR] [--mirror DIR]
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './sources/_common.mjs';

const { values: args } = parseArgs({ options: { data: { type: 'string', default: '../shared/data' }, mirror: { type: 'string', default: '/work/.mirror' } } });
const KB = join(REPO_ROOT, 'data/kb');
const fold = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/**
 * Folded names and aliases of an entry qualified by its schema.org class (`PoliticalParty|spo`), the keys adoption
 * matches on: `City|georgia` never meets the country. Acronyms of four characters or fewer (`SZ`, `SŽ`, `SAP`) and
 * names of two are left out: they name too many things; a short word name (`Bonn`, `Ulm`) counts. Hand-confirmed sources (input `repo`) match by entity type only: their
 * entries were written for these very names.
 */
const keysOf = (e, byClass = true) => [e.name, e.nameEn, ...(e.aliases ?? [])].filter((n) => n && (n.length > 4 || (!isAcronym(n) && n.length > 2))).map((n) => `${byClass ? e.schemaType : e.type}|${fold(n)}`);
/** An acronym or code (`SZ`, `SAP`, `F1`): all capitals or digits. A short word name (`Bonn`, `Jena`, `Ulm`) is not. */
const isAcronym = (n) => /^[\p{Lu}\d.&-]+$/u.test(n);
const readJsonl = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => JSON.parse(l));

/**
 * Every source module, shared-data tables first; a module exporting `late` (1, 2, ...) after the others, in that
 * order: its entries give way to those of earlier sources with the same QID (German labels, hand-made aliases).
 */
async function sourceModules() {
  const files = readdirSync(join(REPO_ROOT, 'scripts/kb/sources')).filter((f) => f.endsWith('.mjs') && !f.startsWith('_') && f !== 'run-one.mjs');
  const mods = await Promise.all(files.sort().map((f) => import(join(REPO_ROOT, 'scripts/kb/sources', f))));
  return mods.sort((a, b) => (a.input === 'data' ? 0 : 1) - (b.input === 'data' ? 0 : 1) || (a.late ?? 0) - (b.late ?? 0) || a.source.id.localeCompare(b.source.id));
}

/** The fetched git dir of a repository URL, when present. */
function mirrorOf(repository) {
  const [owner, name] = repository.replace('https://github.com/', '').split('/');
  const dir = join(args.mirror, `${owner}+${name}`, 'repo');
  return existsSync(dir) ? dir : undefined;
}

const order = JSON.parse(readFileSync(join(KB, 'curated/order.json'), 'utf8'));
const curatedFiles = order;
const curated = curatedFiles.flatMap((name) => readJsonl(join(KB, `curated/${name}.jsonl`)).map((e) => ({ e, file: name })));
const taken = new Map(curated.filter((c) => c.e.qid).map((c) => [c.e.qid, `curated:${c.file}`]));
/** The KB id of the entry holding each qid so far (curated, adopted, kept), for `wd:Q…` context ids. */
const idOfQid = new Map(curated.filter((c) => c.e.qid).map((c) => [c.e.qid, c.e.id]));
/** An entry's `wd:Q…` context ids as the KB ids of the entries with those qids (sources built earlier); others dropped. */
const resolveContext = (e) => (e.context?.some((c) => c.startsWith('wd:'))
  ? { ...e, context: e.context.flatMap((c) => (c.startsWith('wd:') ? (idOfQid.has(c.slice(3)) ? [idOfQid.get(c.slice(3))] : []) : [c])) }
  : e);
const adoptions = new Map();
// Brand items (`Ford` Q44294, the marque) are not the company items a curated company entry means: no adoption.
const NO_ADOPTION = new Set(['nsi-brands']);
const summary = [];
/**
 * Sources left out: their tables mirror the ../shared/data tables (Bundestag members, the US Congress), whose
 * content the repository never holds; the shared tables are read at run time instead (src/kb/shared-tables.ts).
 */
const SKIP = new Set(['everypolitician-de-bundestag', 'everypolitician-us-congress']);
/** Entries a generated file holds at most: a source above it is written in numbered parts (files stay under 8 MiB). */
const PART = 20_000;
const GEN = join(KB, 'generated');
/** The committed files of a source: `<id>.jsonl` or its parts `<id>.1.jsonl`, `<id>.2.jsonl`, ... */
const partsOf = (id) => readdirSync(GEN).filter((f) => f === `${id}.jsonl` || new RegExp(`^${id.replace(/[.-]/g, '\\$&')}\\.\\d+\\.jsonl$`).test(f)).map((f) => join(GEN, f));
for (const mod of await sourceModules()) {
  // A module may say why it is not built (`excluded`: e.g. a licence not yet cleared); it keeps no file.
  if (mod.excluded) console.error(`${mod.source.id}: not built: ${mod.excluded}`);
  if (SKIP.has(mod.source.id) || mod.excluded) {
    for (const f of partsOf(mod.source.id)) rmSync(f);
    continue;
  }
  const out = join(KB, `generated/${mod.source.id}.jsonl`);
  const mirrorDir = mod.input === 'mirror' || !mod.input ? mirrorOf(mod.source.repository) : undefined;
  if (mod.input === 'repo' && !existsSync(join(KB, 'sources', `${mod.source.id}.jsonl`))) continue;
  if ((mod.input === 'mirror' || !mod.input) && !mirrorDir) {
    const files = partsOf(mod.source.id);
    console.error(`${mod.source.id}: ${mod.source.repository} not fetched to ${args.mirror}; keeping ${files.length ? 'the committed files' : 'nothing'}`);
    const committed = files.flatMap(readJsonl);
    for (const e of committed) taken.set(e.qid, mod.source.id), idOfQid.set(e.qid, e.id);
    if (files.length) summary.push({ ...mod.source, entries: committed.length });
    continue;
  }
  const loaded = await mod.load({ dataDir: args.data, mirrorDir });
  const byClass = mod.input !== 'repo';
  const byKey = new Map();
  for (const e of loaded) for (const k of keysOf(e, byClass)) byKey.set(k, [...new Set([...(byKey.get(k) ?? []), e])]);
  for (const c of NO_ADOPTION.has(mod.source.id) ? [] : curated) {
    if (c.e.qid) continue;
    const keys = keysOf(c.e, byClass);
    const same = [...new Set(keys.flatMap((k) => byKey.get(k) ?? []))];
    if (same.length !== 1 || taken.has(same[0].qid) || keys.some((k) => (byKey.get(k) ?? []).length > 1)) continue;
    // Two countries mean two places (`Münster` in Westphalia is not the Tyrolean municipality).
    if (c.e.country && same[0].country && c.e.country !== same[0].country) continue;
    adoptions.set(c.e.id, { qid: same[0].qid, qidSource: `${mod.source.id} (the one entry of this type with this name)` });
    c.e.qid = same[0].qid;
    taken.set(same[0].qid, `curated:${c.file}`);
    idOfQid.set(same[0].qid, c.e.id);
  }
  const kept = [];
  const seenIds = new Set();
  for (const e of loaded) {
    if (taken.has(e.qid) || seenIds.has(e.id)) continue;
    taken.set(e.qid, mod.source.id);
    idOfQid.set(e.qid, e.id);
    seenIds.add(e.id);
    kept.push(resolveContext(e));
  }
  const s = mod.source;
  const header = [`# ${s.title}: ${kept.length} link-only entries, generated by scripts/kb/build.mjs from scripts/kb/sources/ (do not edit).`,
    `# Source: ${s.repository} at ${s.commit}, ${s.paths.join(', ')}`, `# Licence: ${s.licence}`, `# QIDs: ${s.qids}`,
    `# Left out: ${loaded.length - kept.length} entries whose QID another entry already has (curated first) or named by a curated entry.`];
  for (const f of partsOf(s.id)) rmSync(f);
  if (mod.input === 'data') {
    // ../shared/data is read at run time, never copied: its entries only take their QIDs here (adoption, dedupe).
    summary.push({ ...s, entries: kept.length, readAtRunTime: true });
    console.error(`${s.id}: ${loaded.length} loaded, ${kept.length} read at run time`);
    continue;
  }
  const parts = Math.ceil(kept.length / PART);
  for (let i = 0; i < parts; i++) {
    const file = parts === 1 ? out : join(GEN, `${s.id}.${i + 1}.jsonl`);
    const part = parts === 1 ? [] : [`# Part ${i + 1} of ${parts}.`];
    writeFileSync(file, [...header, ...part, ...kept.slice(i * PART, (i + 1) * PART).map((e) => JSON.stringify(e))].join('\n') + '\n');
  }
  summary.push({ ...s, entries: kept.length });
  console.error(`${s.id}: ${loaded.length} loaded, ${kept.length} written`);
}
for (const name of curatedFiles) {
  const file = join(KB, `curated/${name}.jsonl`);
  const lines = readFileSync(file, 'utf8').split('\n').map((line) => {
    if (!line.trim() || line.startsWith('#')) return line;
    const e = JSON.parse(line);
    const a = adoptions.get(e.id);
    return a ? JSON.stringify({ ...e, ...a }) : line;
  });
  writeFileSync(file, lines.join('\n'));
}
writeFileSync(join(KB, 'sources.json'), JSON.stringify(summary, null, 1) + '\n');
console.error(`${adoptions.size} curated entries took a QID from a source: ${[...adoptions.keys()].slice(0, 30).join(', ')}`);
// The compiled index the linker loads (run `npm run build` first: it folds keys with the built linker code).
await import('./compile-index.mjs');
