import { Command, CommanderError } from 'commander';
import { join, resolve } from 'node:path';
import { DEFAULT_TRAINING_SETS, MODEL_FILE_NAME, carveTuningSplit, readTrainingSets, saveModel, trainTagger, TRAINING_SET_NAMES } from '../model/index.js';
import type { SelfTrainOptions, TrainingSetName } from '../model/index.js';
import { readLeipzigSentences } from '../model/readers/leipzig.js';
import { weighSentences } from '../model/readers/weights.js';
import { fraction, learner, nonNegative, positiveInt, selfTrainSpec, setList, weightList } from './train-options.js';

/** Seed of the tuning split carved from GermEval dev. */
const TUNING_SPLIT_SEED = 2014;

/**
 * `faktum train`: trains the German NER tagger and writes `<out>/model.bin`. Progress goes to stderr.
 * GermEval 2014 test and UNER PUD are never read here. Returns the exit code (2 for usage errors).
 */
export async function trainCommand(args: string[]): Promise<number> {
  const program = new Command('faktum train')
    .description('train the German NER tagger (averaged perceptron or CRF) on the open data in --data')
    .option('--data <dir>', 'data folder (../shared/data layout)', '../shared/data')
    .option('--out <dir>', 'model folder to write', 'models/de-ner-v1')
    .option('--seed <n>', 'random seed', positiveInt, 1)
    .option('--epochs <n>', 'maximum training epochs per run (the best on the tuning split is kept)', positiveInt, 12)
    .option('--sets <list>', `training sets, comma-separated (${TRAINING_SET_NAMES.join(',')})`, setList, [...DEFAULT_TRAINING_SETS])
    .option('--tune-fraction <f>', 'fraction of GermEval dev held out for choosing the epoch', fraction, 0.1)
    .option('--max-features <n>', 'features kept in the model file', positiveInt, 200_000)
    .option('--germeval-weight <n>', 'how often each GermEval dev sentence is seen per epoch (in-domain, fully labelled)', positiveInt, 2)
    .option('--weights <list>', 'per-set weights, name=number (2: each sentence twice per epoch; 0.5: a seeded half), e.g. ler=0.5,wikiann=0.5; GermEval takes --germeval-weight unless named here', weightList, new Map<string, number>())
    .option('--runs <n>', 'independent training runs whose weights are averaged', positiveInt, 5)
    .option('--selftrain <spec>', 'how the selftrain set is labelled: margin=2,unsure=2,model=models/de-ner-v1/model.bin', selfTrainSpec, {})
    .option('--learner <name>', 'perceptron (averaged structured perceptron) or crf (linear-chain CRF, AdaGrad, L2)', learner, 'perceptron')
    .option('--crf-rate <x>', 'CRF: AdaGrad step size', nonNegative, 0.1)
    .option('--crf-l2 <x>', 'CRF: L2 coefficient of the whole objective (0: none)', nonNegative, 1)
    .option('--crf-average', 'CRF: average the parameters over all steps (as the perceptron does)')
    .option('--no-clusters', 'do not learn word clusters from the Leipzig sentences')
    .option('--name <name>', 'model name', 'de-ner-v1')
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stderr.write(s), writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(args, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const o = program.opts<TrainCliOptions>();
  const log = (line: string): void => void process.stderr.write(`[train] ${line}\n`);
  const data = resolve(o.data);
  try {
    return train(o, data, log);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code !== 'ENOENT') throw e;
    process.stderr.write(`faktum train: cannot read ${err.path ?? 'a data file'} (is --data ${o.data} the shared data folder?)\n`);
    return 1;
  }
}

interface TrainCliOptions {
  data: string; out: string; seed: number; epochs: number; sets: TrainingSetName[];
  tuneFraction: number; maxFeatures: number; germevalWeight: number; weights: Map<string, number>; runs: number; clusters: boolean; name: string;
  selftrain: Partial<SelfTrainOptions>; learner: 'perceptron' | 'crf'; crfRate: number; crfL2: number; crfAverage?: boolean;
}

function train(o: TrainCliOptions, data: string, log: (line: string) => void): number {
  const sets = readTrainingSets(data, o.sets, { selfTrain: o.selftrain, log });
  const sentences = [];
  let tune: ReturnType<typeof carveTuningSplit>['tune'] = [];
  for (const set of sets) {
    let s = set.sentences;
    if (set.name === 'germeval' && o.tuneFraction > 0) {
      // a fixed split (not the training seed), so runs with different seeds are compared on the same sentences
      const split = carveTuningSplit(s, o.tuneFraction, TUNING_SPLIT_SEED);
      s = split.train;
      tune = split.tune;
    }
    log(`${set.name}: ${s.length} sentences, ${s.reduce((a, x) => a + x.words.length, 0)} tokens`);
    const weight = o.weights.get(set.name) ?? (set.name === 'germeval' ? Math.max(1, o.germevalWeight) : 1);
    const weighed = weighSentences(s, weight, o.seed);
    if (weight !== 1) log(`${set.name}: weight ${weight} -> ${weighed.length} sentences per epoch`);
    for (const x of weighed) sentences.push(x);
  }
  if (tune.length) log(`tuning split: ${tune.length} GermEval dev sentences`);
  const unlabeled = o.clusters ? readLeipzigSentences(data) : [];
  if (o.clusters) log(`leipzig: ${unlabeled.length} unlabeled sentences for clusters`);
  const t0 = Date.now();
  const trained = trainTagger({
    sentences,
    tune,
    unlabeled,
    seed: o.seed,
    epochs: o.epochs,
    runs: o.runs,
    name: o.name,
    version: '1.1.0',
    maxFeatures: o.maxFeatures,
    learner: o.learner,
    crf: { rate: o.crfRate, l2: o.crfL2, average: o.crfAverage === true },
    clusterOptions: o.clusters ? {} : { maxWords: 0 },
    training: { sets: o.sets, germevalWeight: o.germevalWeight, weights: Object.fromEntries(o.weights), tuneFraction: o.tuneFraction, clusters: o.clusters, ...(o.sets.includes('selftrain') ? { selftrain: o.selftrain } : {}) },
    log,
  });
  const file = join(o.out, MODEL_FILE_NAME);
  saveModel(file, trained.bytes);
  log(`best epoch ${trained.bestEpoch}; wrote ${file} (${(trained.bytes.length / 1048576).toFixed(2)} MiB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return 0;
}
