import { ClusterMap, type ClusterOptions } from './clusters.js';
import { clusterWords } from './cluster-words.js';
import { scoreChunkSets } from './chunk-score.js';
import { loadLexicons } from './lexicons.js';
import type { ModelData, ModelMeta } from './model-data.js';
import { encodeModel, decodeModel, pruneAndQuantise } from './model-file.js';
import { trainCrf } from './crf/train-crf.js';
import { trainPerceptron } from './perceptron.js';
import type { PerceptronOptions, TrainedWeights } from './perceptron.js';
import type { TrainingSentence } from './readers/types.js';
import { PerceptronTagger } from './tagger.js';
import { goldTags, mixWeights } from './training-runs.js';
import { countWordStats } from './word-stats.js';

/** Options of `trainTagger`. */
export interface TrainTaggerOptions {
  /** Training sentences (all sets, concatenated). */
  sentences: TrainingSentence[];
  /** Fully labelled sentences held out for choosing the epoch (never GermEval test). */
  tune?: TrainingSentence[];
  /** Unlabeled sentences for word clusters (training sentences are added to them). */
  unlabeled?: string[][];
  seed?: number;
  epochs?: number;
  name?: string;
  version?: string;
  /** At most this many features are kept in the file (by weight magnitude). */
  maxFeatures?: number;
  clusterOptions?: Partial<ClusterOptions>;
  /**
   * Independent training runs (seeds `seed`, `seed + 7919`, ...), each stopped at its best tuning epoch, whose
   * weights are averaged (parameter mixing): steadier than one run, whose result depends on the sentence order.
   */
  runs?: number;
  /**
   * The learner: the averaged perceptron (default) or a linear-chain CRF (`src/model/crf/`) over the same
   * features, with its AdaGrad step size, L2 coefficient (defaults 0.1 and 1) and parameter averaging (default off).
   */
  learner?: 'perceptron' | 'crf';
  crf?: { rate?: number; l2?: number; average?: boolean };
  /** Extra facts for the model header. */
  training?: Record<string, unknown>;
  log?: (line: string) => void;
}

/** A trained model: its file bytes and the model read back from them (exactly what `loadTagger` gives). */
export interface TrainedModel {
  bytes: Buffer;
  model: ModelData;
  /** Tuning F1 (12-type outer chunks) per epoch, when a tuning set was given. */
  tuneF1: number[];
  bestEpoch: number;
}

/**
 * Trains the tagger: word clusters from the unlabeled and training text, then the averaged perceptron; with a
 * tuning set, the epoch with the best tuning F1 is kept. The result is pruned, quantised and encoded.
 */
export function trainTagger(o: TrainTaggerOptions): TrainedModel {
  const seed = o.seed ?? 1;
  const epochs = o.epochs ?? 10;
  const log = o.log ?? (() => {});
  const lexicons = loadLexicons();
  const clusterText = [...(o.unlabeled ?? []), ...o.sentences.filter((s) => !s.unlabeledText).map((s) => s.words)];
  const t0 = Date.now();
  const clusters = clusterText.length >= 50 ? clusterWords(clusterText, { seed, ...o.clusterOptions }) : ClusterMap.empty();
  log(`clusters: ${clusters.keys.length} words in ${clusters.coarseOfFine.length} clusters (${Date.now() - t0} ms)`);
  const stats = countWordStats(clusterText);
  log(`word stats: ${stats.keys.length} word forms`);
  const meta: ModelMeta = {
    name: o.name ?? 'de-ner',
    version: o.version ?? '1.0.0',
    training: { seed, epochs, sentences: o.sentences.length, tuneSentences: o.tune?.length ?? 0, ...o.training },
  };
  const runs = Math.max(1, o.runs ?? 1);
  const crf = { rate: o.crf?.rate ?? 0.1, l2: o.crf?.l2 ?? 1, average: o.crf?.average ?? false };
  // the header of a perceptron model stays as it was (byte-identical retrains); a CRF model says what it is
  if (o.learner === 'crf') meta.training.learner = { name: 'crf', ...crf };
  const learn = (po: PerceptronOptions): TrainedWeights =>
    o.learner === 'crf'
      ? trainCrf(o.sentences, { ...po, ...crf, onLoss: (e, nll, skipped) => log(`epoch ${e}: mean negative log-likelihood ${nll.toFixed(3)}${skipped ? `, ${skipped} sentences without an allowed path` : ''}`) })
      : trainPerceptron(o.sentences, po);
  const tuneF1: number[] = [];
  const gold = o.tune?.map(goldTags) ?? [];
  const tuneScore = (w: TrainedWeights): number => {
    const tagger = new PerceptronTagger({ meta, ...w, clusters, stats });
    return scoreChunkSets(gold, o.tune!.map((s) => tagger.tag(s.words))).micro.f1;
  };
  const chosenRuns: TrainedWeights[] = [];
  const bestEpochs: number[] = [];
  for (let r = 0; r < runs; r++) {
    const runSeed = seed + r * 7919;
    let best: TrainedWeights | undefined;
    let bestEpoch = epochs;
    let bestF1 = -1;
    const weights = learn({
      epochs,
      seed: runSeed,
      lexicons,
      resources: { clusters, stats },
      onEpoch: (epoch, mistakes, averaged) => {
        const prefix = runs > 1 ? `run ${r + 1}/${runs} ` : '';
        if (!o.tune?.length) {
          log(`${prefix}epoch ${epoch}/${epochs}: ${mistakes} sentences wrong`);
          return;
        }
        const w = averaged();
        const f1 = tuneScore(w);
        log(`${prefix}epoch ${epoch}/${epochs}: ${mistakes} sentences wrong, tuning F1 ${f1.toFixed(4)}`);
        if (f1 > bestF1) {
          bestF1 = f1;
          best = w;
          bestEpoch = epoch;
        }
      },
    });
    chosenRuns.push(best ?? weights);
    bestEpochs.push(bestEpoch);
    if (o.tune?.length) tuneF1.push(bestF1);
  }
  // parameter mixing: the runs differ only in the order of the sentences, so their features are the same
  const chosen = mixWeights(chosenRuns);
  const bestEpoch = bestEpochs[0];
  meta.training.runs = runs;
  meta.training.bestEpochs = bestEpochs;
  if (o.tune?.length) {
    meta.training.tuneF1PerRun = tuneF1.map((f) => Number(f.toFixed(4)));
    const mixed = runs > 1 ? tuneScore(chosen) : tuneF1[0];
    meta.training.tuneF1 = Number(mixed.toFixed(4));
    log(`tuning F1 of the ${runs > 1 ? 'mixed model' : 'model'}: ${mixed.toFixed(4)}`);
  }
  const q = pruneAndQuantise(chosen.keys, chosen.weights, o.maxFeatures ?? 200_000);
  meta.training.features = q.keys.length;
  meta.training.featuresBeforePruning = chosen.keys.length;
  const bytes = encodeModel(meta, q, chosen.transitions, clusters, stats);
  const model = decodeModel(bytes).data;
  if (o.tune?.length) {
    const tagger = new PerceptronTagger(model);
    const f1 = scoreChunkSets(gold, o.tune.map((s) => tagger.tag(s.words))).micro.f1;
    log(`tuning F1 after pruning to ${q.keys.length} features and quantising: ${f1.toFixed(4)}`);
  }
  return { bytes, model, tuneF1, bestEpoch };
}
