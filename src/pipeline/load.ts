import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Layer } from '../document/types.js';
import { validatePipelineConfig, type PipelineConfig } from './config.js';
import type { StageRegistry } from './registry.js';
import { packageVersion, projectRoot } from './root.js';
import type { StageContext, StageFn } from './stage.js';

/** A pipeline ready to run: its config and one function per stage. */
export interface Pipeline {
  config: PipelineConfig;
  stageIds: string[];
  fns: StageFn[];
  /** Name and version of the learned model used, if any. */
  model?: string;
}

/** Thrown for a pipeline that cannot be built; the message names the file and what is wrong. */
export class PipelineError extends Error {}

/** Finds the pipeline file for a name (`de-news`) or a path. */
export function resolvePipelinePath(nameOrFile: string, root = projectRoot): string {
  if (nameOrFile.endsWith('.json') || nameOrFile.includes('/')) return resolve(nameOrFile);
  return join(root, 'pipelines', `${nameOrFile}.json`);
}

/**
 * Checks that every stage exists, takes only known options, and finds each required layer provided by an
 * earlier stage. Returns the problems, each naming the stage and what is missing.
 */
export function checkStageOrder(config: PipelineConfig, registry: StageRegistry): string[] {
  const problems: string[] = [];
  const provided = new Set<Layer>(['text']);
  config.stages.forEach((entry, i) => {
    const stage = registry.get(entry.use);
    if (!stage) {
      problems.push(`/stages/${i}: unknown stage "${entry.use}" (known: ${registry.ids().join(', ')})`);
      return;
    }
    const missing = stage.requires.filter((layer) => !provided.has(layer));
    if (missing.length) problems.push(`/stages/${i}: stage "${stage.id}" requires ${missing.join(', ')}, which no earlier stage provides`);
    for (const key of Object.keys(entry.options ?? {})) {
      if (!(stage.options ?? []).includes(key)) problems.push(`/stages/${i}/options: stage "${stage.id}" has no option "${key}"`);
    }
    stage.provides.forEach((layer) => provided.add(layer));
  });
  return problems;
}

/** Loads, validates and builds a pipeline from a name or file. Throws PipelineError with every problem found. */
export async function loadPipeline(
  nameOrFile: string,
  registry: StageRegistry,
  context: Partial<StageContext> = {},
): Promise<Pipeline> {
  const file = resolvePipelinePath(nameOrFile);
  if (!existsSync(file)) throw new PipelineError(`${file}: no such pipeline`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PipelineError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  return buildPipeline(parsed, registry, context, file);
}

/** Builds a pipeline from a parsed config object. */
export async function buildPipeline(
  value: unknown,
  registry: StageRegistry,
  context: Partial<StageContext> = {},
  file = '<pipeline>',
): Promise<Pipeline> {
  const result = validatePipelineConfig(value, projectRoot);
  if (!result.ok) throw new PipelineError(`${file}: ${result.errors.join('; ')}`);
  const problems = checkStageOrder(result.config, registry);
  if (problems.length) throw new PipelineError(`${file}: ${problems.join('; ')}`);
  const full: StageContext = { root: projectRoot, kbFiles: [], version: packageVersion(), pipeline: result.config.name, stages: result.config.stages.map((s) => s.use), ...context };
  const fns: StageFn[] = [];
  for (const entry of result.config.stages) fns.push(await registry.get(entry.use)!.create(entry.options ?? {}, full));
  return { config: result.config, stageIds: result.config.stages.map((s) => s.use), fns, ...(full.model ? { model: full.model } : {}) };
}
