import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv as AjvClass } from 'ajv';

/** A pipeline as written in `pipelines/*.json`. */
export interface PipelineConfig {
  name: string;
  lang: string;
  description?: string;
  stages: Array<{ use: string; options?: Record<string, unknown> }>;
}

/** Result of validating a pipeline config: the config, or the errors with their JSON paths. */
export type ConfigResult = { ok: true; config: PipelineConfig } | { ok: false; errors: string[] };

let validator: ReturnType<AjvClass['compile']> | undefined;

/** A JSON object as JSON.parse makes it: not null, not an array, no other prototype. */
function plainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** True when `value` has only keys of `allowed`, none of them undefined, and every key of `required`. */
function keysFit(value: Record<string, unknown>, allowed: readonly string[], required: readonly string[]): boolean {
  for (const key of Object.keys(value)) if (!allowed.includes(key) || value[key] === undefined) return false;
  return required.every((key) => key in value);
}

const NAME = /^[a-z0-9][a-z0-9-]*$/u;
const LANG = /^[a-z]{2}$/u;
const USE = /^[a-z]+(\.[a-z0-9-]+)*\.v[0-9]+$/u;

/**
 * True when `value` certainly satisfies `pipelines/pipeline.schema.json` (the same rules, written out): a valid
 * config then needs no JSON Schema validator, whose loading and compiling was a tenth of a one-article run's start.
 * False means "not sure": Ajv then decides and names the problems. tests/pipeline/config-fast.test.ts checks that
 * this never accepts what Ajv refuses.
 */
export function surelyValidConfig(value: unknown): value is PipelineConfig {
  if (!plainObject(value) || !keysFit(value, ['name', 'lang', 'description', 'stages'], ['name', 'lang', 'stages'])) return false;
  const { name, lang, description, stages } = value;
  if (typeof name !== 'string' || !NAME.test(name) || typeof lang !== 'string' || !LANG.test(lang)) return false;
  if (description !== undefined && typeof description !== 'string') return false;
  if (!Array.isArray(stages) || stages.length < 1) return false;
  return stages.every((stage) =>
    plainObject(stage) && keysFit(stage, ['use', 'options'], ['use']) && typeof stage.use === 'string' && USE.test(stage.use) &&
    (stage.options === undefined || plainObject(stage.options)));
}

/** Validates a parsed pipeline config against `pipelines/pipeline.schema.json` (no unknown keys). */
export function validatePipelineConfig(value: unknown, root: string): ConfigResult {
  if (surelyValidConfig(value)) return { ok: true, config: value };
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(root, 'pipelines', 'pipeline.schema.json'), 'utf8'));
    // Loaded only here: a valid config (every shipped one) never needs it.
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    validator = new Ajv({ allErrors: true }).compile(schema);
  }
  if (validator(value)) return { ok: true, config: value as PipelineConfig };
  const errors = (validator.errors ?? []).map((e) => {
    const where = e.instancePath || '/';
    const extra = e.keyword === 'additionalProperties' ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"` : '';
    return `${where}: ${e.message}${extra}`;
  });
  return { ok: false, errors };
}
