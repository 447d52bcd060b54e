import { existsSync, readFileSync } from 'node:fs';
import { resolvePipelinePath } from '../pipeline/load.js';

/** A problem with the run as a whole (its options or its output folder), not with one input: exit code 2. */
export class BatchUsageError extends Error {}

/** The pipelines per language, with `--pipeline` taking the place of the one for its own language. */
export function pipelineRoutes(pipeline: string | undefined): { routes: Map<string, string>; fallback: string } {
  const routes = new Map([
    ['de', 'de-news'],
    ['en', 'en-news'],
  ]);
  if (!pipeline) return { routes, fallback: 'de-news' };
  const file = resolvePipelinePath(pipeline);
  if (!existsSync(file)) throw new BatchUsageError(`no such pipeline: ${pipeline} (${file})`);
  let lang: unknown;
  try {
    lang = (JSON.parse(readFileSync(file, 'utf8')) as { lang?: unknown }).lang;
  } catch (error) {
    throw new BatchUsageError(`pipeline ${file} is not valid JSON: ${(error as Error).message}`);
  }
  routes.set(typeof lang === 'string' ? lang : 'de', pipeline);
  return { routes, fallback: pipeline };
}
