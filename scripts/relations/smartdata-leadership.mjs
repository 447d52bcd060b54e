#!/usr/bin/env node
// Outside check of faktum's headOf relations against SmartData's OrganizationLeadership relations.
//
// Usage (after `npm run build`):
//   node scripts/relations/smartdata-leadership.mjs [--data ../shared/data/smartdata/v3_20200302] [--split dev,test] [--verbose]
//
// Data: SmartData v3 (DFKI, German news, research use only), read in place, never copied. Each .json.gz holds a
// stream of pretty-printed JSON documents: `text.string` is the text; `relationMentions.array[]` are relations with
// `name` and `args.array[]` of `{role, conceptMention: {span: {start, end}, normalizedValue}}`. Offsets are Java
// (UTF-16) offsets, the same as faktum's internal offsets, because we pass `text.string` unchanged.
//
// Gold: every OrganizationLeadership relation with a `person` and an `organization` argument, deduplicated per
// document by (normalised person, normalised organisation).
// Predicted: faktum's headOf relations (person -> organisation or place), deduplicated per document by entity pair.
// The headline numbers count only headOf with an ORG object: SmartData's relation is about organisations, and its
// annotators do not mark heads of state or government of countries and cities (`Trump` heads `USA`); the numbers
// with every headOf are printed too.
//
// Matching: a prediction matches a gold pair when its person matches the gold person AND its organisation matches
// the gold organisation. An entity matches a gold argument when (a) one of the entity's mentions (any mention of the
// in-document cluster, so `Huang` after `Jensen Huang` counts) overlaps the argument's span, or (b) the normalised
// names agree: lower case, NFC, hyphens as spaces, non-letters dropped; for persons the full name or the surname
// (last word) equal; for organisations equal or one a word-prefix of the other (`Deutsche Bank` ~ `Deutsche Bank AG`).
// Matching is one-to-one (greedy in document order). Precision = matched / predicted, recall = matched / gold, over
// all documents of the splits (predictions in documents without gold relations count as false positives; since
// SmartData annotates relations only where its annotators saw them, precision is a lower bound).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractText, openPipeline } from '../../dist/api.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const dataDir = option('--data', '../shared/data/smartdata/v3_20200302');
const splits = option('--split', 'dev,test').split(',');
const verbose = args.includes('--verbose');

/** Splits a stream of concatenated JSON objects. */
function* jsonObjects(text) {
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) yield JSON.parse(text.slice(start, i + 1));
  }
}

const norm = (s) => s.normalize('NFC').toLowerCase().replace(/-/g, ' ').replace(/[^\p{L}\p{N} ]+/gu, '').replace(/\s+/g, ' ').trim();
const surname = (s) => norm(s).split(' ').at(-1);
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

function personMatches(entity, spans, arg) {
  if (spans.some((s) => overlaps(s, arg.span))) return true;
  const gold = norm(arg.name);
  return [entity.name, ...entity.alternateNames].some((n) => norm(n) === gold || surname(n) === surname(arg.name));
}

function orgMatches(entity, spans, arg) {
  if (spans.some((s) => overlaps(s, arg.span))) return true;
  const gold = norm(arg.name);
  return [entity.name, ...entity.alternateNames].some((n) => {
    const ours = norm(n);
    return ours === gold || (ours && gold && (`${gold} `.startsWith(`${ours} `) || `${ours} `.startsWith(`${gold} `)));
  });
}

function goldPairs(doc) {
  const pairs = new Map();
  for (const r of doc.relationMentions?.array ?? []) {
    if (r.name !== 'OrganizationLeadership') continue;
    const arg = (role) => r.args.array.find((a) => a.role === role)?.conceptMention;
    const person = arg('person');
    const org = arg('organization');
    if (!person || !org) continue;
    const text = doc.text.string;
    const p = { span: person.span, name: person.normalizedValue?.string ?? text.slice(person.span.start, person.span.end) };
    const o = { span: org.span, name: org.normalizedValue?.string ?? text.slice(org.span.start, org.span.end) };
    pairs.set(`${norm(p.name)}|${norm(o.name)}`, { person: p, org: o });
  }
  return [...pairs.values()];
}

const pipeline = await openPipeline();
const counts = { docs: 0, gold: 0, org: { predicted: 0, matched: 0 }, all: { predicted: 0, matched: 0 }, docsWithGold: { predicted: 0, matched: 0 } };
for (const split of splits) {
  const file = join(dataDir, `${split}.json.gz`);
  for (const sd of jsonObjects(gunzipSync(readFileSync(file)).toString('utf8'))) {
    const text = sd.text?.string;
    if (!text) continue;
    counts.docs++;
    const gold = goldPairs(sd);
    counts.gold += gold.length;
    const doc = await extractText(pipeline, text, { path: `smartdata/${split}/${counts.docs}.txt` });
    const entities = new Map(doc.entities.map((e) => [e.id, e]));
    const spans = (e) => doc.mentions.filter((m) => m.entity === e.id);
    const predicted = new Map();
    for (const r of doc.relations.filter((x) => x.predicate === 'headOf')) predicted.set(`${r.subject}|${r.object}`, r);
    for (const scope of ['all', 'org']) {
      const used = new Set();
      for (const r of predicted.values()) {
        const person = entities.get(r.subject);
        const org = entities.get(r.object);
        if (scope === 'org' && org.type !== 'ORG') continue;
        counts[scope].predicted++;
        if (scope === 'org' && gold.length) counts.docsWithGold.predicted++;
        const hit = gold.findIndex((g, i) => !used.has(i) && personMatches(person, spans(person), g.person) && orgMatches(org, spans(org), g.org));
        if (hit >= 0) {
          used.add(hit);
          counts[scope].matched++;
          if (scope === 'org') counts.docsWithGold.matched++;
        }
        if (verbose && scope === 'org') console.log(`${hit >= 0 ? 'TP' : 'FP'} ${split}: ${person.name} headOf ${org.name}  [${doc.text.slice(doc.sentences[r.sentence].start, doc.sentences[r.sentence].end).replace(/\s+/g, ' ').slice(0, 140)}]`);
      }
      if (verbose && scope === 'org') for (const [i, g] of gold.entries()) if (!used.has(i)) console.log(`FN ${split}: ${g.person.name} leads ${g.org.name}  [${text.slice(Math.max(0, Math.min(g.org.span.start, g.person.span.start) - 40), Math.max(g.org.span.end, g.person.span.end) + 40).replace(/\s+/g, ' ')}]`);
    }
  }
}

const prf = ({ predicted, matched }, gold) => {
  const p = predicted ? matched / predicted : 0;
  const r = gold ? matched / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (matched ${matched}, predicted ${predicted}, gold ${gold})`;
};
console.log(`SmartData ${splits.join('+')}: ${counts.docs} documents, ${counts.gold} gold OrganizationLeadership pairs`);
console.log(`headOf, ORG objects:        ${prf(counts.org, counts.gold)}`);
console.log(`headOf, all objects:        ${prf(counts.all, counts.gold)}`);
console.log(`headOf, ORG, docs with gold: ${prf(counts.docsWithGold, counts.gold)}`);
