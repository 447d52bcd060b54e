#!/usr/bin/env node
// Builds corpus/gold/<name>.json from scripts/gold/specs/<name>.spec and corpus/de/<name>.txt; with --heldout, the
// held-out set: corpus/heldout/gold/<name>.json from scripts/gold/heldout-specs/ and corpus/heldout/de/.
// Offsets are never written by hand: the spec names mention strings, this script finds them.
//
// Usage: node scripts/gold/build.mjs [name ...] [--show] [--check] [--heldout]   (after npm run build: the
// predicates come from the relation inventory's build, dist/stages/relations/inventory.js)
//   --show   print every mention and relation evidence for review
//   --check  do not write, exit 1 if a written gold file differs from what the spec yields
//
// Spec format (one directive per line, `#` starts a comment line, tokens are bare words or "double quoted"):
//   E key TYPE "Canonical Name" [Q123]        an entity (TYPE: PER ORG LOC OTH PRODUCT)
//     LABEL "text" [in "word"] [#1,3]          its mentions (indented lines belong to the last E)
//   V LABEL "text" [in "word"] [#1,3]          a value mention (MONEY DATE PERCENT), no entity
//   R subj predicate obj "snippet"             a relation; evidence = the sentence containing snippet
//
// Matching: `LABEL "text"` takes every occurrence of text that is a whole word (no letter, digit or hyphen
// directly before or after). For a `part` label without `in`, it takes every occurrence glued to a hyphen
// (`US` in `US-Regierung`). `in "word"` takes every whole-word occurrence of word and marks text inside it
// (`Bahn` in `Bahnchef`). `#n,m` keeps only the n-th, m-th of those candidates (1-based, text order).
// Patterns are applied longest first; a candidate inside an already claimed span is skipped silently
// (`Huang` inside `Jensen Huang`), a partial overlap is an error.
// The metadata prefix (` date YYYY-MM `) is not article text and is never searched.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const heldout = args.includes('--heldout');
const specDir = join(root, 'scripts', 'gold', heldout ? 'heldout-specs' : 'specs');
const corpusDir = heldout ? join(root, 'corpus', 'heldout') : join(root, 'corpus');
const show = args.includes('--show');
const check = args.includes('--check');
const only = args.filter((a) => !a.startsWith('--'));

const ENTITY_TYPES = new Set(['PER', 'ORG', 'LOC', 'OTH', 'PRODUCT']);
const VALUE_LABELS = new Set(['MONEY', 'DATE', 'PERCENT']);
// The predicates come from the relation inventory (src/stages/relations/inventory.ts), read from its build.
const inventory = join(root, 'dist', 'stages', 'relations', 'inventory.js');
if (!existsSync(inventory)) {
  console.error(`${inventory} is missing: run npm run build first`);
  process.exit(2);
}
const PREDICATES = new Set((await import(pathToFileURL(inventory).href)).PREDICATES);
const ABBREVIATIONS = new Set(['Dr', 'Prof', 'z', 'B', 'u', 'a', 'Nr', 'St', 'bzw', 'ca', 'Az', 'vgl', 'usw', 'Co', 'Abs', 'Mio', 'Mrd', 'Str', 'etc', 'v', 'Chr', 'ggf', 'inkl', 'sog', 'Hr', 'Fr']);
const MONTHS = /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)/;

/** Reads an article as the pipeline does: UTF-8, BOM stripped. */
export function readArticle(path) {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/** Length of the metadata prefix ` date YYYY-MM `, which is not article text. */
export function prefixLength(text) {
  const m = /^\s*date \d{4}-\d{2} /.exec(text);
  return m ? m[0].length : 0;
}

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function tokenize(line) {
  const out = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m;
  while ((m = re.exec(line))) out.push(m[1] !== undefined ? m[1] : m[2]);
  return out;
}

function allIndexes(text, needle, from) {
  const out = [];
  for (let i = text.indexOf(needle, from); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Candidate [start, end) spans for one pattern line. */
function candidates(text, from, label, pattern, within) {
  const spans = [];
  if (within !== undefined) {
    const inner = within.indexOf(pattern);
    if (inner === -1) throw new Error(`"${pattern}" is not inside "${within}"`);
    for (const i of allIndexes(text, within, from)) {
      const before = text[i - 1];
      const after = text[i + within.length];
      if (isWordChar(before) || isWordChar(after)) continue;
      spans.push([i + inner, i + inner + pattern.length]);
    }
    return spans;
  }
  const part = label.endsWith('part');
  for (const i of allIndexes(text, pattern, from)) {
    const before = text[i - 1];
    const after = text[i + pattern.length];
    if (part) {
      if ((after === '-' || before === '-') && !isWordChar(before === '-' ? undefined : before) && !isWordChar(after === '-' ? undefined : after)) {
        spans.push([i, i + pattern.length]);
      }
    } else if (!isWordChar(before) && !isWordChar(after) && before !== '-' && after !== '-') {
      spans.push([i, i + pattern.length]);
    }
  }
  return spans;
}

function isSentenceEnd(text, i) {
  // text[i] is . ! or ?
  let j = i + 1;
  while (text[j] === '“' || text[j] === '"' || text[j] === ')') j++;
  if (j < text.length && !/\s/.test(text[j])) return -1;
  if (text[i] === '.') {
    const word = /([\p{L}\p{N}]+)$/u.exec(text.slice(Math.max(0, i - 20), i));
    if (word && (ABBREVIATIONS.has(word[1]) || /^[IVXLC]+$/.test(word[1]))) return -1;
    if (word && /^\d+$/.test(word[1])) {
      const next = text.slice(j).trimStart();
      if (MONTHS.test(next) || /^[a-zäöüß]/.test(next)) return -1;
    }
  }
  return j;
}

/** The sentence (or line) around [start, end): used as relation evidence. */
export function sentenceAround(text, from, start, end) {
  let s = start;
  while (s > from) {
    const c = text[s - 1];
    if (c === '\n') break;
    if ((c === '.' || c === '!' || c === '?') && isSentenceEnd(text, s - 1) !== -1 && isSentenceEnd(text, s - 1) <= s) break;
    s--;
  }
  while (s < start && /\s/.test(text[s])) s++;
  let e = end;
  while (e < text.length && text[e] !== '\n') {
    const c = text[e];
    if (c === '.' || c === '!' || c === '?') {
      const j = isSentenceEnd(text, e);
      if (j !== -1) {
        e = j;
        break;
      }
    }
    e++;
  }
  while (e > start && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

export function build(name) {
  const articlePath = join(corpusDir, 'de', `${name}.txt`);
  const text = readArticle(articlePath);
  const from = prefixLength(text);
  const lines = readFileSync(join(specDir, `${name}.spec`), 'utf8').split('\n');
  const entities = [];
  const patterns = [];
  const rels = [];
  let current;
  lines.forEach((raw, n) => {
    const where = `${name}.spec:${n + 1}`;
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    const t = tokenize(raw);
    const indented = /^\s/.test(raw);
    const parsePattern = (label, rest, owner) => {
      let within;
      let picks;
      const pattern = rest[0];
      for (let k = 1; k < rest.length; k++) {
        if (rest[k] === 'in') within = rest[++k];
        else if (rest[k].startsWith('#')) picks = rest[k].slice(1).split(',').map(Number);
        else throw new Error(`${where}: unexpected "${rest[k]}"`);
      }
      patterns.push({ label, pattern, within, picks, owner, where });
    };
    if (indented) {
      if (!current) throw new Error(`${where}: mention line before any entity`);
      const label = t[0];
      const base = label.replace(/(deriv|part)$/, '');
      if (base !== current.type) throw new Error(`${where}: label ${label} does not fit entity type ${current.type}`);
      parsePattern(label, t.slice(1), current);
    } else if (t[0] === 'E') {
      const [, key, type, canonical, qid] = t;
      if (!ENTITY_TYPES.has(type)) throw new Error(`${where}: unknown type ${type}`);
      if (entities.some((e) => e.key === key)) throw new Error(`${where}: duplicate entity key ${key}`);
      if (qid !== undefined && !/^Q\d+$/.test(qid)) throw new Error(`${where}: bad qid ${qid}`);
      current = { key, type, name: canonical, qid, mentions: [] };
      entities.push(current);
    } else if (t[0] === 'V') {
      if (!VALUE_LABELS.has(t[1])) throw new Error(`${where}: unknown value label ${t[1]}`);
      current = undefined;
      parsePattern(t[1], t.slice(2), undefined);
    } else if (t[0] === 'R') {
      const [, subj, predicate, obj, snippet] = t;
      if (!PREDICATES.has(predicate)) throw new Error(`${where}: unknown predicate ${predicate}`);
      rels.push({ subj, predicate, obj, snippet, where });
    } else {
      throw new Error(`${where}: cannot parse "${raw}"`);
    }
  });

  const claimed = [];
  const sorted = [...patterns].sort((a, b) => (b.within ?? b.pattern).length - (a.within ?? a.pattern).length || b.pattern.length - a.pattern.length);
  for (const p of sorted) {
    let spans = candidates(text, from, p.label, p.pattern, p.within);
    if (p.picks) {
      const picked = p.picks.map((k) => spans[k - 1]);
      if (picked.some((s) => !s)) throw new Error(`${p.where}: "${p.pattern}" has only ${spans.length} candidates`);
      spans = picked;
    }
    let added = 0;
    for (const [s, e] of spans) {
      const inside = claimed.find((c) => c.start <= s && e <= c.end);
      if (inside) {
        if (p.picks) throw new Error(`${p.where}: picked "${p.pattern}" at ${s} lies inside claimed "${inside.text}"`);
        continue;
      }
      const overlap = claimed.find((c) => s < c.end && c.start < e);
      if (overlap) throw new Error(`${p.where}: "${p.pattern}" at ${s} overlaps "${overlap.text}" at ${overlap.start}`);
      claimed.push({ start: s, end: e, text: text.slice(s, e), label: p.label, owner: p.owner });
      added++;
    }
    if (added === 0) throw new Error(`${p.where}: "${p.pattern}"${p.within ? ` in "${p.within}"` : ''} matched nothing new`);
  }
  claimed.sort((a, b) => a.start - b.start);
  const mentions = claimed.map((c, i) => {
    const id = `m${i + 1}`;
    if (c.owner) c.owner.mentions.push(id);
    return { id, start: c.start, end: c.end, text: c.text, label: c.label };
  });

  const warnings = [];
  // Every surface form of an entity that occurs somewhere unclaimed is worth a second look.
  for (const p of patterns) {
    for (const i of allIndexes(text, p.pattern, from)) {
      if (!claimed.some((c) => c.start <= i && i + p.pattern.length <= c.end)) {
        const ws = text.lastIndexOf(' ', i) + 1;
        const we = text.slice(i).search(/[\s.,;:!?)]/);
        warnings.push(`unclaimed "${p.pattern}" at ${i} in "${text.slice(ws, we === -1 ? undefined : i + we)}"`);
      }
    }
  }
  const keyToId = new Map(entities.map((e, i) => [e.key, `e${i + 1}`]));
  const relations = rels.map((r) => {
    if (!keyToId.has(r.subj) || !keyToId.has(r.obj)) throw new Error(`${r.where}: unknown entity key`);
    const at = text.indexOf(r.snippet, from);
    if (at === -1) throw new Error(`${r.where}: snippet not found: ${r.snippet}`);
    if (text.indexOf(r.snippet, at + 1) !== -1) throw new Error(`${r.where}: snippet not unique: ${r.snippet}`);
    const [start, end] = sentenceAround(text, from, at, at + r.snippet.length);
    const subj = entities.find((e) => e.key === r.subj);
    const obj = entities.find((e) => e.key === r.obj);
    const inSpan = (ent) => mentions.some((m) => ent.mentions.includes(m.id) && m.start >= start && m.end <= end);
    if (!inSpan(subj) || !inSpan(obj)) throw new Error(`${r.where}: evidence lacks a mention of ${inSpan(subj) ? r.obj : r.subj}: ${text.slice(start, end)}`);
    return { subject: keyToId.get(r.subj), predicate: r.predicate, object: keyToId.get(r.obj), evidence: { start, end } };
  });
  for (const e of entities) if (e.mentions.length === 0) throw new Error(`${name}: entity ${e.key} has no mentions`);
  const gold = {
    article: `de/${name}.txt`,
    mentions,
    entities: entities.map((e) => ({
      id: keyToId.get(e.key),
      name: e.name,
      type: e.type,
      ...(e.qid ? { qid: e.qid } : {}),
      mentions: e.mentions,
    })),
    relations,
  };
  return { gold, text, warnings };
}

function main() {
  const names = only.length
    ? only
    : readdirSync(specDir)
        .filter((f) => f.endsWith('.spec'))
        .map((f) => f.slice(0, -5))
        .sort();
  let failed = false;
  for (const name of names) {
    try {
      const { gold, text, warnings } = build(name);
      const json = JSON.stringify(gold, null, 2) + '\n';
      const out = join(corpusDir, 'gold', `${name}.json`);
      if (check) {
        if (!existsSync(out) || readFileSync(out, 'utf8') !== json) {
          console.error(`${name}: gold file out of date`);
          failed = true;
        }
      } else {
        writeFileSync(out, json);
      }
      const words = text.slice(prefixLength(text)).split(/\s+/).filter(Boolean).length;
      console.log(`${name}: ${words} words, ${gold.mentions.length} mentions, ${gold.entities.length} entities, ${gold.relations.length} relations`);
      for (const w of warnings) console.log(`  warning: ${w}`);
      if (show) {
        for (const m of gold.mentions) {
          const owner = gold.entities.find((e) => e.mentions.includes(m.id));
          console.log(`  ${m.id.padEnd(4)} ${String(m.start).padStart(5)} ${m.label.padEnd(10)} ${m.text}${owner ? `  -> ${owner.name}` : ''}`);
        }
        for (const r of gold.relations) {
          const s = gold.entities.find((e) => e.id === r.subject).name;
          const o = gold.entities.find((e) => e.id === r.object).name;
          console.log(`  REL ${s} ${r.predicate} ${o}: «${text.slice(r.evidence.start, r.evidence.end)}»`);
        }
      }
    } catch (err) {
      console.error(`${name}: ${err.message}`);
      failed = true;
    }
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
