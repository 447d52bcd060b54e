/**
 * The German development text under `../shared/data` that KB statistics may be drawn from (unlinked-name counts,
 * prominence): Leipzig news 2015 (10 sentences a document), GermEval 2014 dev, SmartData, MobIE, LER train (a
 * sample), WikiANN train. Shared by scripts/kb/count-unlinked.mjs and scripts/kb/prominence.mjs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
// SmartData's reader is the bench's (the built code: run `npm run build` first).
import { smartDataFileTexts } from '../../dist/bench/smartdata-texts.js';

/** Splits an array into chunks of `n`. */
const chunks = (xs, n) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/**
 * Reads a CoNLL-like file into sentences (arrays of words); a blank line ends a sentence. `word(line)` picks the
 * token from a line, or null for lines to skip; `-DOCSTART-` lines start a new document (an empty sentence marks it).
 */
function conll(text, word) {
  const sentences = [];
  let cur = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('-DOCSTART-')) { if (cur.length) sentences.push(cur); sentences.push([]); cur = []; continue; }
    if (!line.trim()) { if (cur.length) sentences.push(cur); cur = []; continue; }
    const w = word(line);
    if (w) cur.push(w);
  }
  if (cur.length) sentences.push(cur);
  return sentences;
}

/** Groups sentences into documents at the empty sentences `conll` left for -DOCSTART- lines. */
function byDocstart(sentences) {
  const docs = [[]];
  for (const s of sentences) s.length ? docs.at(-1).push(s) : docs.push([]);
  return docs.filter((d) => d.length);
}


/**
 * The development sets under `data`: name -> a function giving its documents, each `{ text }` (raw text) or
 * `{ sentences }` (tokenised). `ler` caps the LER training sentences read. Never Leipzig 2020 nor GermEval test:
 * those are measurement sets.
 */
export function devSets(data, { ler = 10000 } = {}) {
  return {
    'leipzig-2015': () => chunks(readFileSync(join(data, 'leipzig-deu-news/deu_news_2015_10K-sentences.txt'), 'utf8')
      .split('\n').filter(Boolean).map((l) => l.slice(l.indexOf('\t') + 1)), 10).map((s) => ({ text: s.join('\n') })),
    'germeval-dev': () => conll(readFileSync(join(data, 'germeval2014/NER-de-dev.tsv'), 'utf8'),
      (l) => (l.startsWith('#\t') ? null : l.split('\t')[1])).map((s) => ({ sentences: [s] })),
    smartdata: () => [...new Set(['v1_20180119/train', 'v1_20180119/test', 'v3_20200302/dev', 'v3_20200302/test']
      .flatMap((f) => smartDataFileTexts(join(data, `smartdata/${f}.json.gz`))))].map((text) => ({ text })),
    mobie: () => ['train', 'dev', 'test'].flatMap((f) => byDocstart(conll(readFileSync(join(data, `mobie-ner/${f}.conll2003`), 'utf8'),
      (l) => l.split(/\s+/)[0]))).map((sentences) => ({ sentences })),
    'ler-train': () => chunks(conll(gunzipSync(readFileSync(join(data, 'ler-legal-ner-de/ler_train_reconstructed.conll.gz'))).toString('utf8'),
      (l) => l.split(' ')[0]).slice(0, ler), 10).map((sentences) => ({ sentences })),
    'wikiann-train': () => chunks(conll(readFileSync(join(data, 'wikiann-de/train'), 'utf8'),
      (l) => l.split('\t')[0].slice(3)), 10).map((sentences) => ({ sentences })),
  };
}
