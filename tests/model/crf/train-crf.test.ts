import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClusterMap } from '../../../src/model/clusters.js';
import { trainCrf } from '../../../src/model/crf/train-crf.js';
import { goldTags, trainTagger } from '../../../src/model/index.js';
import { loadLexicons } from '../../../src/model/lexicons.js';
import { trainPerceptron } from '../../../src/model/perceptron.js';
import { readGermEvalTraining } from '../../../src/model/readers/germeval.js';
import { scoreChunkSets } from '../../../src/model/chunk-score.js';
import { PerceptronTagger } from '../../../src/model/tagger.js';
import { countWordStats } from '../../../src/model/word-stats.js';
import { UNLABELED_O_MASK } from '../../../src/model/labels.js';

const fixture = readGermEvalTraining(join(import.meta.dirname, '..', 'fixtures', 'mini-germeval.tsv'));
const train = () => trainTagger({ sentences: fixture, seed: 7, epochs: 10, learner: 'crf', crf: { rate: 0.3, l2: 0.1 } });
const first = train();
const tagger = new PerceptronTagger(first.model);

describe('trainTagger with the CRF learner on the fixture', () => {
  it('learns the fixture (F1 1.0 on its 24 sentences) into the same model file format', () => {
    expect(scoreChunkSets(fixture.map(goldTags), fixture.map((s) => tagger.tag(s.words))).micro.f1).toBe(1);
    expect(first.model.meta.training.learner).toEqual({ name: 'crf', rate: 0.3, l2: 0.1, average: false });
  });

  it.each([
    ['Lena Hoffmann arbeitet bei Bosch in Wien .', 'B-PER I-PER O O B-ORG O B-LOC O'],
    ['Die französischen Behörden prüfen den Plan von Telekom .', 'O B-LOCderiv O O O O O B-ORG O'],
  ])('tags the unseen combination %s', (sentence, tags) => {
    expect(tagger.tag(sentence.split(' ')).join(' ')).toBe(tags);
  });

  it('is deterministic: two trainings with one seed give byte-identical model files', () => {
    expect(train().bytes.equals(first.bytes)).toBe(true);
  });
});

describe('trainCrf', () => {
  const lexicons = loadLexicons();
  const resources = { clusters: ClusterMap.empty(), stats: countWordStats(fixture.map((s) => s.words)) };
  // the fixture with its O words opened as the DFKI corpora have them: O, OTH, deriv or part
  const partial = fixture.map((s) => ({ ...s, masks: s.masks.map((m) => (m === 1 ? UNLABELED_O_MASK : m)) }));

  it('has the perceptron features in the same order (runs of both learners fit one model layout)', () => {
    const crf = trainCrf(fixture, { epochs: 1, seed: 3, lexicons, resources });
    const perceptron = trainPerceptron(fixture, { epochs: 1, seed: 3, lexicons, resources });
    expect(Array.from(crf.keys)).toEqual(Array.from(perceptron.keys));
  });

  it('lowers the negative log-likelihood from epoch to epoch, on full and on partial labels', () => {
    for (const sentences of [fixture, partial]) {
      const losses: number[] = [];
      trainCrf(sentences, { epochs: 4, seed: 3, lexicons, resources, onLoss: (_, nll) => losses.push(nll) });
      for (let e = 1; e < losses.length; e++) expect(losses[e]).toBeLessThan(losses[e - 1]);
    }
  });

  it('counts sentences whose best path breaks their masks: all at first, fewer later', () => {
    const wrong: number[] = [];
    trainCrf(fixture, { epochs: 6, seed: 3, lexicons, resources, rate: 0.3, onEpoch: (_, w) => wrong.push(w) });
    expect(wrong[0]).toBeGreaterThan(wrong[5]);
  });
});
