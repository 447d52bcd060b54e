/** Helpers shared by the KB source modules: reading a fetched (bare) git dir, the ISO2 -> faktum country id map,
 * entry building with the field set faktum's KB schema accepts, a small CSV parser and an entry checker. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The bytes of `path` at `commit` in the git dir `mirrorDir` (works on bare dirs with no work tree). */
export function gitShowBuffer(mirrorDir, commit, path) {
  return execFileSync('git', ['-C', mirrorDir, 'show', `${commit}:${path}`], { maxBuffer: 1 << 30 });
}
export const gitShow = (mirrorDir, commit, path) => gitShowBuffer(mirrorDir, commit, path).toString('utf8');
/** The texts of many `paths` at `commit`, in order, read by one `git cat-file --batch` (thousands of small files). */
export function gitCatTexts(mirrorDir, commit, paths) {
  const out = spawnSync('git', ['-C', mirrorDir, 'cat-file', '--batch'], {
    input: paths.map((p) => `${commit}:${p}`).join('\n') + '\n', maxBuffer: 2 ** 31,
  }).stdout;
  const texts = [];
  for (let off = 0; off < out.length;) {
    const nl = out.indexOf(10, off);
    const size = Number(out.subarray(off, nl).toString().split(' ')[2]);
    texts.push(out.subarray(nl + 1, nl + 1 + size).toString());
    off = nl + 2 + size;
  }
  return texts;
}
/** Paths under `dir` at `commit` (recursive). */
export function gitLs(mirrorDir, commit, dir) {
  return execFileSync('git', ['-C', mirrorDir, 'ls-tree', '-r', '--name-only', commit, '--', dir], { maxBuffer: 1 << 28 })
    .toString('utf8').split('\n').filter(Boolean);
}

/** ISO 3166-1 alpha-2 (upper case) -> faktum country entry id, from data/kb/curated/countries.jsonl
 * (or, before that move, src/kb/data/countries.ts). */
export function countryIdsByIso2() {
  const map = new Map();
  const jsonl = join(REPO_ROOT, 'data/kb/curated/countries.jsonl');
  const ts = join(REPO_ROOT, 'src/kb/data/countries.ts');
  if (existsSync(jsonl)) {
    for (const line of readFileSync(jsonl, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const e = JSON.parse(line);
      if (e.iso2 && e.id) map.set(e.iso2.toUpperCase(), e.id);
    }
  } else if (existsSync(ts)) {
    for (const m of readFileSync(ts, 'utf8').matchAll(/id: '([^']+)'[^\n]*?iso2: '([A-Z]{2})'/g)) map.set(m[2], m[1]);
  }
  return map;
}

const PREFIX = { PER: 'per', ORG: 'org', LOC: 'loc', OTH: 'oth', PRODUCT: 'prod' };
const QID = /^Q[1-9][0-9]*$/;
const clean = (s) => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '');

/** One KB entry with only the allowed fields, in a stable order; null when the QID or name is unusable. */
export function makeEntry({ type, schemaType, name, nameEn, aliases = [], qid, country, population, source }) {
  qid = clean(qid);
  name = clean(name);
  if (!QID.test(qid) || !name) return null;
  const e = { id: `${PREFIX[type]}:wd-${qid.toLowerCase()}`, type, schemaType, name };
  nameEn = clean(nameEn);
  if (nameEn && nameEn !== name) e.nameEn = nameEn;
  const seen = new Set([name]);
  const al = [];
  for (const a of aliases.map(clean)) if (a && !seen.has(a)) { seen.add(a); al.push(a); }
  if (al.length) e.aliases = al;
  e.qid = qid;
  if (country) e.country = country;
  if (Number.isFinite(population) && population > 0) e.population = Math.round(population);
  Object.assign(e, { linkOnly: true, source, qidSource: source });
  return e;
}

/** Keeps the first entry per id (a QID seen twice in one source gives one entry). */
export function dedupe(entries) {
  const byId = new Map();
  for (const e of entries) if (e && !byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()];
}

/** RFC 4180 CSV -> array of objects keyed by the header row. */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') { if (text[i + 1] === '"') { field += '"'; i++; } else q = false; } else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

const ID_RE = /^(per|org|loc|oth|prod):[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const FIELDS = new Set(['id', 'type', 'schemaType', 'name', 'nameEn', 'aliases', 'qid', 'country', 'population', 'linkOnly', 'source', 'qidSource', 'context']);
/** Problems with a list of entries (empty when all are fine). */
export function checkEntries(entries) {
  const problems = [];
  const ids = new Set();
  for (const e of entries) {
    const p = (m) => problems.push(`${e.id}: ${m}`);
    for (const k of Object.keys(e)) if (!FIELDS.has(k)) p(`field ${k}`);
    if (!ID_RE.test(e.id)) p('id pattern');
    if (!e.id.startsWith(`${PREFIX[e.type]}:`)) p('id prefix');
    if (ids.has(e.id)) p('duplicate id'); ids.add(e.id);
    if (!QID.test(e.qid)) p('qid');
    if (!clean(e.name)) p('name');
    if (e.aliases && !e.aliases.every((a) => clean(a) && a !== e.name)) p('aliases');
    if (e.linkOnly !== true || !e.source || e.qidSource !== e.source) p('linkOnly/source');
  }
  return problems;
}
