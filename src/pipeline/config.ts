import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';

/** A pipeline as written in `pipelines/*.json`. */
export interface PipelineConfig {
  name: string;
  lang: string;
  description?: string;
  stages: Array<{ use: string; options?: Record<string, unknown> }>;
}

/** Result of validating a pipeline config: the config, or the errors with their JSON paths. */
export type ConfigResult = { ok: true; config: PipelineConfig } | { ok: false; errors: string[] };

let validator: ReturnType<Ajv['compile']> | undefined;

/** Validates a parsed pipeline config against `pipelines/pipeline.schema.json` (no unknown keys). */
export function validatePipelineConfig(value: unknown, root: string): ConfigResult {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(root, 'pipelines', 'pipeline.schema.json'), 'utf8'));
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
