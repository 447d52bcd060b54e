import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, goldTags, loadTagger, saveModel, trainTagger, type ModelData } from '../../src/model/index.js';
import { readGermEvalTraining } from '../../src/model/readers/germeval.js';
import { scoreChunkSets } from '../../src/model/chunk-score.js';

const fixture = readGermEvalTraining(join(import.meta.dirname, 'fixtures', 'mini-germeval.tsv'));
const train = () => trainTagger({ sentences: fixture, seed: 7, epochs: 10, name: 'fixture', version: '0.0.1' });
const first = train();
const dir = mkdtempSync(join(tmpdir(), 'faktum-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('trainTagger on the fixture', () => {
  it('learns the fixture perfectly (F1 1.0 on its 24 sentences)', () => {
    const tagger = loadTagger(writeTemp('fit.bin', first.bytes));
    const pred = fixture.map((s) => tagger.tag(s.words));
    expect(scoreChunkSets(fixture.map(goldTags), pred).micro.f1).toBe(1);
  });

  it.each([
    ['Lena Hoffmann arbeitet bei Bosch in Wien .', 'B-PER I-PER O O B-ORG O B-LOC O'],
    ['Der Bosch-Chef Keller besuchte die deutschen Kunden .', 'O B-ORGpart B-PER O O B-LOCderiv O O'],
    ['Die französischen Behörden prüfen den Plan von Telekom .', 'O B-LOCderiv O O O O O B-ORG O'],
  ])('tags the unseen combination %s', (sentence, tags) => {
    const tagger = loadTagger(writeTemp('fit.bin', first.bytes));
    expect(tagger.tag(sentence.split(' ')).join(' ')).toBe(tags);
  });

  it('is deterministic: two trainings with one seed give byte-identical model files', () => {
    expect(train().bytes.equals(first.bytes)).toBe(true);
  });

  it('round-trips: save, load and re-encode give the same bytes, weights and tags', () => {
    const file = writeTemp('round.bin', first.bytes);
    const loaded = loadTagger(file) as unknown as { model: typeof first.model; tag(w: string[]): string[] };
    const stored = (m: ModelData) => ('q' in m ? [Array.from(m.q), Array.from(m.scales)] : []);
    expect(stored(loaded.model)).toEqual(stored(first.model));
    expect(stored(loaded.model)[0]?.length).toBeGreaterThan(0);
    expect(Array.from(loaded.model.keys)).toEqual(Array.from(first.model.keys));
    const { data, quantised } = decodeModel(first.bytes);
    expect(encodeModel(data.meta, quantised, data.transitions, data.clusters, data.stats).equals(first.bytes)).toBe(true);
    for (const s of fixture) expect(loaded.tag(s.words)).toEqual(loadTagger(writeTemp('fit.bin', first.bytes)).tag(s.words));
  });

  it('records its metadata', () => {
    const tagger = loadTagger(writeTemp('fit.bin', first.bytes));
    expect(tagger.info).toEqual({ name: 'fixture', version: '0.0.1' });
  });
});

function writeTemp(name: string, bytes: Buffer): string {
  const file = join(dir, name);
  saveModel(file, bytes);
  return file;
}

describe('trainTagger: self-training sentences are not counted twice as unlabeled text', () => {
  // Leipzig sentences labelled by the model are already among the unlabeled text: copies of them must not change
  // the capitalisation statistics (word frequencies are bucketed: 2-4, 5-24, ... occurrences)
  const stats = (extra: typeof fixture) => {
    const s = trainTagger({ sentences: [...fixture, ...extra], seed: 7, epochs: 1 }).model.stats;
    return [Array.from(s.keys), Array.from(s.codes)];
  };
  const plain = stats([]);
  it.each([
    [true, 'the same statistics as without them'],
    [false, 'other frequency codes (the contrast that makes this test able to fail)'],
  ])('three copies marked unlabeledText=%s give %s', (marked) => {
    const copies = [1, 2, 3].flatMap(() => fixture.map((s) => ({ ...s, unlabeledText: marked })));
    if (marked) expect(stats(copies)).toEqual(plain);
    else expect(stats(copies)).not.toEqual(plain);
  });
});
