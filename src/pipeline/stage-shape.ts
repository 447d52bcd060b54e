import { LAYERS } from '../document/types.js';

/** A stage id as pipelines name it (pipelines/pipeline.schema.json): dotted lower-case words and a version. */
const STAGE_ID = /^[a-z]+(\.[a-z0-9-]+)*\.v[0-9]+$/;

/** Thrown for a stage that does not have the Stage shape (src/pipeline/stage.ts): a programming error. */
export class StageShapeError extends Error {}

/** How a stage is named in messages: by its id, or by its keys when it has no usable id. */
function nameOf(stage: Record<string, unknown>): string {
  return typeof stage.id === 'string' && stage.id ? `stage "${stage.id}"` : `a stage without an id (keys: ${Object.keys(stage).join(', ') || 'none'})`;
}

function layersProblem(key: string, value: unknown): string | undefined {
  if (!Array.isArray(value)) return `${key} must be an array of layers, not ${value === undefined ? 'missing' : typeof value}`;
  const unknown = value.filter((layer) => !(LAYERS as readonly unknown[]).includes(layer));
  return unknown.length ? `${key} names unknown layers ${unknown.map((l) => JSON.stringify(l)).join(', ')} (known: ${LAYERS.join(', ')})` : undefined;
}

/**
 * The problems of a value registered as a stage, each a sentence naming the stage: an id in the pipelines' form
 * (`tokenize.de.v1`), `requires` and `provides` arrays of known layers, `options` (if given) an array of strings,
 * and a `create` function. Empty when the shape is right.
 */
export function stageShapeProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [`a stage must be an object, not ${value === null ? 'null' : typeof value}`];
  const stage = value as Record<string, unknown>;
  const name = nameOf(stage);
  const problems: string[] = [];
  if (typeof stage.id !== 'string' || !STAGE_ID.test(stage.id)) {
    problems.push(`id must be a versioned stage id such as "tokenize.de.v1", not ${JSON.stringify(stage.id) ?? 'missing'}`);
  }
  for (const key of ['requires', 'provides']) {
    const problem = layersProblem(key, stage[key]);
    if (problem) problems.push(problem);
  }
  const options = stage.options;
  if (options !== undefined && !(Array.isArray(options) && options.every((o) => typeof o === 'string'))) problems.push('options must be an array of option names');
  if (typeof stage.create !== 'function') {
    problems.push(`create must be a function, not ${stage.create === undefined ? 'missing' : typeof stage.create}`);
  }
  return problems.map((problem) => `${name}: ${problem}`);
}
