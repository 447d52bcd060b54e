import { NUM_TAGS, tagIndex } from './labels.js';
import { decodeModel, encodeModel } from './model-file.js';

/**
 * A model file whose decoder prefers names by `bias`: `bias` is subtracted from every transition into `O`,
 * the sentence start's included, so each word pays it for staying outside a name (the usual way to trade a
 * CRF's precision for recall without retraining). Weights, clusters and word statistics are unchanged; the
 * header records the bias (`meta.training.outsideBias`) and, when given, the version of the model it makes (the file
 * shipped as `de-ner-v1` 1.2.0 is a CRF mix with bias 0.2).
 */
export function withOutsideBias(model: Buffer, bias: number, version?: string): Buffer {
  if (!Number.isFinite(bias)) throw new Error(`outside bias must be a number, got ${bias}`);
  const { data, quantised } = decodeModel(model);
  const transitions = Float32Array.from(data.transitions);
  const o = tagIndex('O');
  for (let prev = 0; prev <= NUM_TAGS; prev++) transitions[prev * NUM_TAGS + o] -= bias;
  const meta = { ...data.meta, ...(version ? { version } : {}), training: { ...data.meta.training, outsideBias: bias } };
  return encodeModel(meta, quantised, transitions, data.clusters, data.stats);
}
