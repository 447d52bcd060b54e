import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { WordInfo } from '../../src/cache/word-info.js';
import { loadTagger, PerceptronTagger, TAGS } from '../../src/model/index.js';
import { preloadLexicons } from '../../src/model/index.js';

// Only needs models/ (committed), not ../shared/data.
const MODEL = 'models/de-ner-v1/model.bin';

const SENTENCES = [
  'Bundeskanzlerin Angela Merkel traf Thomas Müller in München .',
  'Die Deutsche Bank meldet einen Gewinn , sagte ein Sprecher in Frankfurt .',
  'Der Nvidia-Chef Jensen Huang sprach in Berlin über neue Chips für China .',
  'Müller sagte , die Deutsche Bank habe in München keinen Gewinn gemeldet .',
];

/** One record per distinct word, as the pipeline's WordInfo cache keeps them. */
function recordsOf(sentences: string[]) {
  const records = new Map<string, WordInfo>();
  return sentences.map((s) => s.split(' ').map((w) => records.get(w) ?? records.set(w, new WordInfo(w)).get(w)!));
}

describe.runIf(existsSync(MODEL))('tagging words the caller keeps records of (tagWords)', () => {
  const tagger = loadTagger(MODEL) as PerceptronTagger;

  it.each(SENTENCES)('tags %s as tag() does', (sentence) => {
    const [records] = recordsOf([sentence]);
    expect(Array.from(tagger.tagWords(records), (t) => TAGS[t])).toEqual(tagger.tag(sentence.split(' ')));
  });

  it('notes the cache slot on the record and reads it from there while the cache lasts', () => {
    const [records] = recordsOf([SENTENCES[0]]);
    tagger.tagWords(records);
    expect(records.every((r) => r.taggerSlot >= 0 && r.taggerCache >= 0)).toBe(true);
    const slots = records.map((r) => r.taggerSlot);
    tagger.tagWords(records);
    expect(records.map((r) => r.taggerSlot)).toEqual(slots);
  });

  it('tags the same when its cache turns over between and within documents', () => {
    const sentences = recordsOf([...SENTENCES, ...SENTENCES]);
    const tiny = new PerceptronTagger(tagger.model, 12);
    for (const records of sentences) {
      expect(Array.from(tiny.tagWords(records), (t) => TAGS[t])).toEqual(tagger.tag(records.map((r) => r.word)));
    }
  });

  // Regression guard for the WebAssembly memory: a sentence longer than a generation's slab moves the slab and grows
  // the memory mid-sentence, which replaces every view of it.
  it('tags a sentence longer than its whole cache as a large cache does', () => {
    const long = Array.from({ length: 30 }, (_, i) => SENTENCES[i % SENTENCES.length]).join(' ').split(' ');
    expect(long.length).toBeGreaterThan(300);
    const [records] = recordsOf([long.join(' ')]);
    const tiny = new PerceptronTagger(tagger.model, 2);
    expect(Array.from(tiny.tagWords(records), (t) => TAGS[t])).toEqual(tagger.tag(long));
    expect(tiny.tag(long)).toEqual(tagger.tag(long));
  });

  it('never takes a slot another tagger noted on a record', () => {
    const sentences = recordsOf(SENTENCES);
    const other = new PerceptronTagger(tagger.model, 1000);
    // `other` notes its slots first; its cache holds the words in another order than `tagger`'s.
    for (const records of [...sentences].reverse()) other.tagWords(records);
    for (const records of sentences) {
      expect(Array.from(tagger.tagWords(records), (t) => TAGS[t])).toEqual(loadTagger(MODEL).tag(records.map((r) => r.word)));
    }
  });
});

describe.runIf(existsSync(MODEL))('the weights as the model file stores them', () => {
  const tagger = loadTagger(MODEL) as PerceptronTagger;

  // The tagger reads int8 weights and their row scales (a quarter of the memory); before, a loaded model held them
  // converted to floats. Both must give the same sums, so the same tags.
  it.each(SENTENCES)('tag as float weights do: %s', (sentence) => {
    const model = tagger.model;
    if (!('q' in model)) throw new Error('a loaded model keeps its quantised weights');
    const weights = new Float32Array(model.q.length);
    for (let r = 0; r < model.scales.length; r++) for (let t = 0; t < TAGS.length; t++) weights[r * TAGS.length + t] = model.q[r * TAGS.length + t] * model.scales[r];
    const floats = new PerceptronTagger({ meta: model.meta, keys: model.keys, transitions: model.transitions, clusters: model.clusters, stats: model.stats, weights });
    expect(floats.tag(sentence.split(' '))).toEqual(tagger.tag(sentence.split(' ')));
  });
});

describe('lexicons loaded from JSON packages', () => {
  // Regression: require() kept humannames' 12 MB object in the module cache next to the Set built from it.
  it('are not kept in the module cache', () => {
    preloadLexicons();
    const require = createRequire(import.meta.url);
    expect(require.cache[require.resolve('humannames')]).toBeUndefined();
    expect(require.cache[require.resolve('cities-list')]).toBeUndefined();
    expect(preloadLexicons().names.has('Angela')).toBe(true);
    expect(preloadLexicons().cities.has('Berlin')).toBe(true);
  });
});
