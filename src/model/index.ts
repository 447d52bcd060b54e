/**
 * The learned German NER tagger: an averaged structured perceptron over GermEval 2014 BIO tags.
 *
 * ```ts
 * const tagger = loadTagger('models/de-ner-v1/model.bin');
 * tagger.tag(['Der', 'Nvidia-Chef', 'Jensen', 'Huang', 'lobt', 'die', 'französischen', 'Kunden']);
 * // ['O', 'B-ORGpart', 'B-PER', 'I-PER', 'O', 'O', 'B-LOCderiv', 'O']
 * ```
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeModel, encodeModel, writeModelFile } from './model-file.js';
import { PerceptronTagger } from './tagger.js';
import type { Tagger } from './tagger.js';

export type { Tagger } from './tagger.js';
export { PerceptronTagger } from './tagger.js';
export type { ModelData, ModelMeta } from './model-data.js';
export { trainTagger } from './train.js';
export { carveTuningSplit, goldTags } from './training-runs.js';
export type { TrainTaggerOptions, TrainedModel } from './train.js';
export { TAGS, TYPES } from './labels.js';
export { DEFAULT_TRAINING_SETS, readTrainingSets, TRAINING_SET_NAMES } from './readers/index.js';
export type { SelfTrainOptions, TrainingSentence, TrainingSet, TrainingSetName } from './readers/index.js';
export { encodeModel, decodeModel, pruneAndQuantise } from './model-file.js';
export { withOutsideBias } from './outside-bias.js';
/** Loads the run-time lexicons now (otherwise the first `tag` call does, taking about half a second). */
export { loadLexicons as preloadLexicons } from './lexicons.js';

/** File name of the weights inside a model folder. */
export const MODEL_FILE_NAME = 'model.bin';

/** Resolves a model folder to its weights file; a file path is returned as is. */
export function modelFilePath(fileOrDir: string): string {
  return statSync(fileOrDir).isDirectory() ? join(fileOrDir, MODEL_FILE_NAME) : fileOrDir;
}

/**
 * Loads a tagger from a model file (or a model folder holding `model.bin`). Synchronous; the lexicons the
 * features consult are loaded on the first `tag` call.
 */
export function loadTagger(file: string): Tagger {
  return new PerceptronTagger(decodeModel(readFileSync(modelFilePath(file))).data);
}

/** Writes model bytes (from `trainTagger`) to a file, creating the folder. */
export function saveModel(file: string, bytes: Buffer): void {
  writeModelFile(file, bytes);
}
