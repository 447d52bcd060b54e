import { InvalidArgumentError } from 'commander';
import { TRAINING_SET_NAMES } from '../model/index.js';
import type { SelfTrainOptions, TrainingSetName } from '../model/index.js';
import { parseSetWeights } from '../model/readers/weights.js';

/** Commander parser of a non-negative integer option (`--epochs 6`). */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
}

/** Commander parser of a fraction in [0, 1) (`--tune-fraction 0.1`). */
export function fraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n >= 1) throw new InvalidArgumentError('expected a number in [0, 1)');
  return n;
}

/** Commander parser of a non-negative number. */
export function nonNegative(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a non-negative number');
  return n;
}

/** Commander parser of `--learner`: `perceptron` or `crf`. */
export function learner(value: string): 'perceptron' | 'crf' {
  if (value !== 'perceptron' && value !== 'crf') throw new InvalidArgumentError('expected perceptron or crf');
  return value;
}

/** Commander parser of per-set weights (`wikiann=0.5,ler=0.3`), naming only known training sets. */
export function weightList(value: string): Map<string, number> {
  try {
    const w = parseSetWeights(value);
    for (const n of w.keys()) if (!(TRAINING_SET_NAMES as readonly string[]).includes(n)) throw new Error(`unknown set "${n}"`);
    return w;
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

/** Commander parser of `--selftrain margin=<n>,unsure=<n>,model=<file>`. */
export function selfTrainSpec(value: string): Partial<SelfTrainOptions> {
  const o: Partial<SelfTrainOptions> = {};
  for (const item of value.split(',').filter(Boolean)) {
    const [k, v = ''] = item.split('=');
    if (k === 'model' && v) o.model = v;
    else if (k === 'margin' && v !== '' && Number(v) >= 0) o.margin = Number(v);
    else if (k === 'unsure' && v !== '' && Number.isInteger(Number(v)) && Number(v) >= 0) o.maxUnsure = Number(v);
    else throw new InvalidArgumentError(`bad selftrain option "${item}" (expected margin=<n>, unsure=<n>, model=<file>)`);
  }
  return o;
}

/** Commander parser of a comma-separated list of known training sets. */
export function setList(value: string): TrainingSetName[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (!(TRAINING_SET_NAMES as readonly string[]).includes(n)) {
      throw new InvalidArgumentError(`unknown set "${n}" (known: ${TRAINING_SET_NAMES.join(', ')})`);
    }
  }
  return names as TrainingSetName[];
}
