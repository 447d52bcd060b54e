import type { RecordMeta } from './records.js';

/** The part of the pipeline API (src/api.ts) a batch uses; a test can hand in a module of the same shape. */
export interface FaktumApi {
  openPipeline(options?: { pipeline?: string; kbFiles?: string[] }): Promise<unknown>;
  extractText(pipeline: unknown, text: string, meta?: RecordMeta): Promise<{ text: string; messages: ApiMessage[] }>;
  docToJsonLd(doc: unknown, options: { pipeline: string; model?: string; version: string }): object;
  jsonLdToNQuads(jsonld: object): Promise<string>;
  /** The same N-Quads as UTF-8 bytes; a module without it has its text encoded. */
  jsonLdToNQuadsBytes?(jsonld: object): Promise<Uint8Array>;
  pipelineFingerprint(pipeline: unknown): string;
  /** Empties the thread's per-word caches (only benchmarks call it). */
  forgetWords?(): number;
}

interface ApiMessage {
  reason: string;
  ruleId: string;
  source: string;
  place?: { start: number; end: number };
  fatal: boolean;
}

let apiModuleUrl: string | undefined;

/** The default API module: src/api.ts under vitest, dist/api.js when compiled (worked out once per thread). */
export function defaultApiModule(): string {
  const here = import.meta.url;
  apiModuleUrl ??= new URL(here.endsWith('.ts') ? '../api.ts' : '../api.js', here).href;
  return apiModuleUrl;
}

const apis = new Map<string, Promise<FaktumApi>>();

/** The API module at `module`, imported once per thread. */
export function api(module: string): Promise<FaktumApi> {
  let loaded = apis.get(module);
  if (!loaded) apis.set(module, (loaded = import(module) as Promise<FaktumApi>));
  return loaded;
}
