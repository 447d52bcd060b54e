/**
 * The slice of the pipeline API (`src/api.ts`) that evaluation uses, as structural types: the scorers depend on
 * these shapes only, and tests inject fakes.
 */

/** A mention as the pipeline reports it. */
export interface EvalMention {
  id: string;
  start: number;
  end: number;
  type: string;
  kind: 'name' | 'deriv' | 'part';
  entity?: string;
}

/** The parts of a pipeline document that are scored. */
export interface EvalDoc {
  text: string;
  tokens: Array<{ start: number; end: number }>;
  mentions: EvalMention[];
  entities: Array<{ id: string; type: string; name: string; qid?: string; mentions: string[] }>;
  relations: Array<{ subject: string; predicate: string; object: string }>;
  messages?: Array<{ reason: string; fatal: boolean }>;
}

/** What `faktum eval` calls. */
export interface EvalApi {
  openPipeline(options?: { pipeline?: string; kbFiles?: string[] }): Promise<unknown>;
  extractText(pipeline: unknown, text: string, meta?: { path?: string }): Promise<EvalDoc>;
  extractTokens(pipeline: unknown, sentences: string[][]): Promise<EvalDoc>;
}

/** Loads the real pipeline API. */
export async function loadPipelineApi(): Promise<EvalApi> {
  // Loaded lazily: `faktum eval --help` and the scorers do not pay for building the pipeline registry.
  const api: EvalApi = await import('../api.js');
  return api;
}
