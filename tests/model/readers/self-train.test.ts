import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/model/hash.js';
import { loadTagger, readTrainingSets } from '../../../src/model/index.js';
import { NUM_TAGS, TAGS, tagIndex } from '../../../src/model/labels.js';
import { loadLexicons } from '../../../src/model/lexicons.js';
import { decodeModel } from '../../../src/model/model-file.js';
import { confidentMasks, labelSentences, parseLeipzig2015, parseSelection } from '../../../src/model/readers/self-train.js';
import { MarginScorer, maxMarginals } from '../../../src/model/readers/self-train-margins.js';
import type { SentenceMargins } from '../../../src/model/readers/self-train-margins.js';
import { viterbi } from '../../../src/model/viterbi.js';
import { forEachPath } from '../all-paths.js';

const MODEL = 'models/de-ner-v1/model.bin';
const tagsOf = (mask: number): string[] => TAGS.filter((_, i) => mask & (1 << i));

/** Every path's score, by brute force: per word and tag, the best score of a path through it. */
function bruteMaxMarginals(em: Float64Array, n: number, tr: Float32Array): Float64Array {
  const out = new Float64Array(n * NUM_TAGS).fill(-Infinity);
  const all = Array.from({ length: NUM_TAGS }, (_, c) => c);
  forEachPath(em, n, tr, all, (path, score) => path.forEach((c, k) => (out[k * NUM_TAGS + c] = Math.max(out[k * NUM_TAGS + c], score))));
  return out;
}

describe('maxMarginals: gaps below the best path', () => {
  it.each([
    [1, 3],
    [2, 5],
    [3, 11],
  ])('%i words (seed %i): the best path is viterbi\'s and every gap matches brute force', (n, seed) => {
    const random = mulberry32(seed);
    const em = Float64Array.from({ length: n * NUM_TAGS }, () => random() * 4 - 2);
    const tr = Float32Array.from({ length: (NUM_TAGS + 1) * NUM_TAGS }, () => random() * 2 - 1);
    const m = maxMarginals(em, n, tr);
    expect(Array.from(m.path)).toEqual(Array.from(viterbi(em, n, tr)));
    const brute = bruteMaxMarginals(em, n, tr);
    const bestBrute = Math.max(...brute.subarray(0, NUM_TAGS));
    expect(m.best).toBeCloseTo(bestBrute, 9);
    for (let k = 0; k < n * NUM_TAGS; k++) {
      if (brute[k] === -Infinity) expect(m.gaps[k]).toBe(Infinity);
      else expect(m.gaps[k]).toBeCloseTo(bestBrute - brute[k], 9);
    }
  });
});

/** Margins of a sentence whose best path is `path`, with the given gaps per word (all other tags far away). */
function fakeMargins(path: string[], near: Record<number, [string, number][]>): SentenceMargins {
  const gaps = new Float64Array(path.length * NUM_TAGS).fill(100);
  path.forEach((t, i) => (gaps[i * NUM_TAGS + tagIndex(t)] = 0));
  for (const [i, list] of Object.entries(near)) for (const [t, g] of list) gaps[Number(i) * NUM_TAGS + tagIndex(t)] = g;
  return { path: Int32Array.from(path, tagIndex), best: 0, gaps };
}

describe('confidentMasks', () => {
  // "Merkel besucht Windows-Fans": the tagger is sure of Merkel, not of the compound
  const path = ['B-PER', 'O', 'B-ORGpart'];
  it.each([
    [30, 4, [['B-PER'], ['O'], ['O', 'B-ORGpart', 'B-OTHpart']]],
    [10, 4, [['B-PER'], ['O'], ['O', 'B-ORGpart']]],
    [5, 4, [['B-PER'], ['O'], ['B-ORGpart']]],
    [30, 0, null],
  ])('margin %i, at most %i unsure words -> %j', (margin, maxUnsure, expected) => {
    const m = fakeMargins(path, { 2: [['O', 8], ['B-OTHpart', 20]] });
    const masks = confidentMasks(m, margin, maxUnsure);
    expect(masks && masks.map(tagsOf)).toEqual(expected);
  });
});

describe('labelSentences', () => {
  it('keeps sure sentences, drops unsure ones, and marks the words as cluster text already', () => {
    const sentences = [['Scholz', 'lacht'], ['Tja', 'Unterzahl']];
    const scorer = {
      margins: (words: readonly string[]) =>
        words[0] === 'Scholz' ? fakeMargins(['B-PER', 'O'], {}) : fakeMargins(['B-PER', 'B-LOC'], { 0: [['O', 1]], 1: [['O', 2]] }),
    };
    const { sentences: out, stats } = labelSentences(sentences, scorer, { margin: 30, maxUnsure: 1 });
    expect(out).toEqual([{ words: ['Scholz', 'lacht'], masks: [1 << tagIndex('B-PER'), 1], unlabeledText: true }]);
    expect(stats).toEqual({ sentences: 2, kept: 1, unsureWords: 0, words: 2 });
  });
});

describe('Leipzig 2015 lines and the dev/test selection', () => {
  it('drops the selected ids and lines without an id', () => {
    const text = '1\tMerkel reist nach Paris.\r\n2\tDer DAX fällt.\nkaputt\n3\tSchalke verliert.\n';
    expect(parseLeipzig2015(text, new Set([2]))).toEqual([
      { id: 1, text: 'Merkel reist nach Paris.' },
      { id: 3, text: 'Schalke verliert.' },
    ]);
  });

  it.each([
    ['{"2015": [3, 9], "2020": [1]}', null],
    ['{"2015": [3, "x"]}', 'sel.json: "2015" is not a list of sentence ids'],
    ['{"2020": [1]}', 'sel.json: "2015" is not a list of sentence ids'],
    ['{2015', 'sel.json: not JSON'],
  ])('%s', (json, error) => {
    if (error) expect(() => parseSelection(json, 'sel.json')).toThrow(error);
    else expect([...parseSelection(json, 'sel.json')]).toEqual([3, 9]);
  });
});

describe('MarginScorer with the committed model', () => {
  const model = decodeModel(readFileSync(MODEL)).data;
  const scorer = new MarginScorer(model, loadLexicons());
  const tagger = loadTagger(MODEL);
  it.each([
    'Bundeskanzlerin Angela Merkel ( CDU ) reist am Montag nach Paris .',
    'Der Nvidia-Chef Jensen Huang lobt die französischen Kunden .',
    'Schalke 04 verliert in Unterzahl gegen den FC Bayern München .',
    'Tja',
  ])('its best path is the tagger\'s tags: %s', (sentence) => {
    const words = sentence.split(' ');
    const m = scorer.margins(words);
    expect(Array.from(m.path, (t) => TAGS[t])).toEqual(tagger.tag(words));
    expect(m.gaps.every((g) => g >= 0)).toBe(true);
  });
});

describe('readTrainingSets(["selftrain"])', () => {
  it('labels the Leipzig 2015 sentences of a data folder minus the selected ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktum-selftrain-'));
    try {
      mkdirSync(join(dir, 'leipzig-deu-news'));
      const lines = ['1\tAngela Merkel reist nach Paris.', '2\tDer DAX fällt.', '3\tSchalke 04 verliert in Gelsenkirchen.'];
      writeFileSync(join(dir, 'leipzig-deu-news', 'deu_news_2015_10K-sentences.txt'), `${lines.join('\n')}\n`);
      writeFileSync(join(dir, 'selection.json'), '{"2015": [2], "2020": []}');
      const logs: string[] = [];
      const [set] = readTrainingSets(dir, ['selftrain'], { selfTrain: { selection: join(dir, 'selection.json'), margin: 0 }, log: (l) => logs.push(l) });
      expect(set.sentences.map((s) => s.words.join(' '))).toEqual(['Angela Merkel reist nach Paris .', 'Schalke 04 verliert in Gelsenkirchen .']);
      expect(set.sentences.every((s) => s.unlabeledText && s.masks.every((m) => (m & (m - 1)) === 0))).toBe(true);
      expect(logs.join('\n')).toContain('1 dev/test ids left out');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the selection file when it is missing', () => {
    expect(() => readTrainingSets('/nowhere', ['selftrain'], { selfTrain: { selection: '/nowhere/selection.json' } })).toThrow('/nowhere/selection.json');
  });
});
