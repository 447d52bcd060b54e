import { clusterWords, ClusterMap } from './clusters.js';
import type { ClusterOptions } from './clusters.js';
import { scoreChunkSets } from './chunk-score.js';
import { mulberry32, shuffle } from './hash.js';
import { TAGS } from './labels.js';
import { loadLexicons } from './lexicons.js';
import type { ModelData, ModelMeta } from './model-data.js';
import { encodeModel, decodeModel, pruneAndQuantise } from './model-file.js';
import { trainPerceptron } from './perceptron.js';
import type { TrainedWeights } from './perceptron.js';
import type { TrainingSentence } from './readers/types.js';
import { PerceptronTagger } from './tagger.js';

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

/** Gold tag strings of a fully labelled sentence. */
export function goldTags(s: TrainingSentence): string[] {
  return s.masks.map((m) => TAGS[31 - Math.clz32(m)]);
}

/**
 * Splits fully labelled sentences into training and tuning parts (seeded): `fraction` of them go to tuning.
 */
export function carveTuningSplit(sentences: TrainingSentence[], fraction: number, seed: number): { train: TrainingSentence[]; tune: TrainingSentence[] } {
  const idx = shuffle(sentences.map((_, i) => i), mulberry32(seed ^ 0x5eed));
  const cut = Math.round(sentences.length * fraction);
  const tuneSet = new Set(idx.slice(0, cut));
  return { train: sentences.filter((_, i) => !tuneSet.has(i)), tune: sentences.filter((_, i) => tuneSet.has(i)) };
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
  const clusterText = [...(o.unlabeled ?? []), ...o.sentences.map((s) => s.words)];
  const t0 = Date.now();
  const clusters = clusterText.length >= 50 ? clusterWords(clusterText, { seed, ...o.clusterOptions }) : ClusterMap.empty();
  log(`clusters: ${clusters.keys.length} words in ${clusters.coarseOfFine.length} clusters (${Date.now() - t0} ms)`);
  const meta: ModelMeta = {
    name: o.name ?? 'de-ner',
    version: o.version ?? '1.0.0',
    training: { seed, epochs, sentences: o.sentences.length, tuneSentences: o.tune?.length ?? 0, ...o.training },
  };
  const tuneF1: number[] = [];
  let best: TrainedWeights | undefined;
  let bestEpoch = epochs;
  let bestF1 = -1;
  const weights = trainPerceptron(o.sentences, {
    epochs,
    seed,
    lexicons,
    clusters,
    onEpoch: (epoch, mistakes, averaged) => {
      if (!o.tune?.length) {
        log(`epoch ${epoch}/${epochs}: ${mistakes} sentences wrong`);
        return;
      }
      const w = averaged();
      const tagger = new PerceptronTagger({ meta, ...w, clusters });
      const gold = o.tune.map(goldTags);
      const pred = o.tune.map((s) => tagger.tag(s.words));
      const f1 = scoreChunkSets(gold, pred).micro.f1;
      tuneF1.push(f1);
      log(`epoch ${epoch}/${epochs}: ${mistakes} sentences wrong, tuning F1 ${f1.toFixed(4)}`);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = w;
        bestEpoch = epoch;
      }
    },
  });
  const chosen = best ?? weights;
  meta.training.bestEpoch = bestEpoch;
  if (tuneF1.length) meta.training.tuneF1 = Number(bestF1.toFixed(4));
  const q = pruneAndQuantise(chosen.keys, chosen.weights, o.maxFeatures ?? 200_000);
  meta.training.features = q.keys.length;
  meta.training.featuresBeforePruning = chosen.keys.length;
  const bytes = encodeModel(meta, q, chosen.transitions, clusters);
  return { bytes, model: decodeModel(bytes).data, tuneF1, bestEpoch };
}
