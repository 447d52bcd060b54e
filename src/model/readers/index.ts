import { readEuropeana, europeanaPaths } from './europeana.js';
import { germEvalPath, readGermEvalTraining } from './germeval.js';
import { lerPath, readLer } from './ler.js';
import { mobiePath, readMobie } from './mobie.js';
import { readSelfTrain } from './self-train.js';
import type { SelfTrainOptions } from './self-train.js';
import { readSmartData, smartDataPath } from './smartdata.js';
import type { TrainingSet } from './types.js';
import { readWikiann, wikiannPath } from './wikiann.js';

export type { TrainingSentence, TrainingSet } from './types.js';
export type { SelfTrainOptions } from './self-train.js';

/** The training sets `faktum train --sets` accepts. GermEval test and UNER PUD are deliberately not among them. */
export const TRAINING_SET_NAMES = ['germeval', 'smartdata', 'mobie', 'europeana', 'ler', 'wikiann', 'selftrain'] as const;
export type TrainingSetName = (typeof TRAINING_SET_NAMES)[number];

/** The sets `faktum train` reads when `--sets` is not given. */
export const DEFAULT_TRAINING_SETS: readonly TrainingSetName[] = ['germeval', 'smartdata', 'mobie', 'europeana'];

/** Options of sets that take some: `selftrain` (which model labels Leipzig 2015, how sure it must be). */
export interface ReadSetsOptions {
  selfTrain?: Partial<SelfTrainOptions>;
  log?: (line: string) => void;
}

/** Reads the named training sets from the data folder (`../shared/data` layout). */
export function readTrainingSets(dataDir: string, names: readonly TrainingSetName[], options: ReadSetsOptions = {}): TrainingSet[] {
  return names.map((name) => {
    switch (name) {
      case 'germeval':
        return { name, sentences: readGermEvalTraining(germEvalPath(dataDir, 'dev')) };
      case 'smartdata':
        return { name, sentences: readSmartData(smartDataPath(dataDir)) };
      case 'mobie':
        return { name, sentences: readMobie(mobiePath(dataDir)) };
      case 'europeana':
        return { name, sentences: europeanaPaths(dataDir).flatMap(readEuropeana) };
      case 'ler':
        return { name, sentences: readLer(lerPath(dataDir)) };
      case 'wikiann':
        return { name, sentences: readWikiann(wikiannPath(dataDir)) };
      case 'selftrain':
        return { name, sentences: readSelfTrain(dataDir, options.selfTrain, options.log) };
    }
  });
}
