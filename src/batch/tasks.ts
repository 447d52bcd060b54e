import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { lineColumn } from '../document/offsets.js';
import { projectRoot } from '../pipeline/root.js';
import type { RecordMeta } from './records.js';
import type { DocOutcome } from './doc-task.js';
import { runDocs, type DocsTask } from './run-docs.js';
import { api, defaultApiModule, type FaktumApi } from './api-module.js';

export { defaultApiModule, type FaktumApi } from './api-module.js';

/** Common fields of every task: which API module and pipeline to use. */
interface TaskBase {
  /** URL of the API module; the project's src/api.ts (dist/api.js) by default. */
  apiModule?: string;
  pipeline: string;
  kbFiles: string[];
}

/**
 * Work a pool thread does: extract an article, convert a stored output to N-Quads, name a pipeline's version, or
 * measure the pipeline's speed.
 */
export type Task =
  /** With `bytes`, the N-Quads come back as `nquadsBytes` (UTF-8), not as text (only within one thread: run-docs.ts). */
  | (TaskBase & { kind: 'extract'; text: string; meta: RecordMeta; bytes?: boolean })
  | (TaskBase & { kind: 'nquads'; jsonldPath: string })
  | (TaskBase & { kind: 'fingerprint' })
  /**
   * Benchmark: run the pipeline (JSON-LD stage included) over texts, give back the token count and the seconds the
   * texts took in the thread; `untimed` texts run first, before the clock starts; with `forgetWords`, empty the
   * thread's per-word caches afterwards (compiled code for the texts, none of their words).
   */
  | (TaskBase & { kind: 'measure'; texts: string[]; untimed?: string[]; forgetWords?: boolean })
  /** Several documents, each read, routed, extracted and written in the worker (run-docs.ts). */
  | DocsTask;

/** What a task gives back; failures are data, so that the batch goes on. */
export type TaskResult =
  | { ok: true; jsonld?: string; nquads?: string; nquadsBytes?: Uint8Array; fingerprint?: string; tokens?: number; seconds?: number; thread?: number; outcomes?: DocOutcome[] }
  | { ok: false; reason: string; ruleId: string; place?: string };

const pipelines = new Map<string, Promise<unknown>>();
let version: string | undefined;

/** Opens each pipeline once per thread and keeps it: loading models and the KB is the expensive part. */
function pipelineFor(faktum: FaktumApi, module: string, task: TaskBase): Promise<unknown> {
  const key = JSON.stringify([module, task.pipeline, task.kbFiles]);
  let pipeline = pipelines.get(key);
  if (!pipeline) {
    pipeline = faktum.openPipeline({ pipeline: task.pipeline, kbFiles: task.kbFiles });
    pipelines.set(key, pipeline);
    pipeline.catch(() => pipelines.delete(key));
  }
  return pipeline;
}

function softwareVersion(): string {
  version ??= (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}

/** Runs one task, in a pool thread or in the main thread (`--jobs 1`). Throws only for bugs. */
export async function runTask(task: Task): Promise<TaskResult> {
  if (task.kind === 'docs') {
    const fingerprint = (pipeline: string) => fingerprintOnce({ kind: 'fingerprint', pipeline, kbFiles: task.kbFiles, apiModule: task.apiModule });
    return { ok: true, outcomes: await runDocs(task, runTask, fingerprint) };
  }
  const module = task.apiModule ?? defaultApiModule();
  const faktum = await api(module);
  if (task.kind === 'nquads') {
    try {
      return { ok: true, nquads: await faktum.jsonLdToNQuads(JSON.parse(await readFile(task.jsonldPath, 'utf8'))) };
    } catch (error) {
      return { ok: false, reason: `cannot read earlier output ${task.jsonldPath}: ${(error as Error).message}`, ruleId: 'stale-output' };
    }
  }
  const pipeline = await pipelineFor(faktum, module, task);
  if (task.kind === 'fingerprint') {
    // The user's KB files by content, not by path: a rerun after an edit redoes what the edit may change.
    const kb = task.kbFiles.length ? ` kb=${userKbHash(task.kbFiles)}` : '';
    return { ok: true, fingerprint: `${faktum.pipelineFingerprint(pipeline)}${kb}` };
  }
  if (task.kind === 'measure') {
    for (const text of task.untimed ?? []) await faktum.extractText(pipeline, text);
    const started = performance.now();
    let tokens = 0;
    for (const text of task.texts) tokens += ((await faktum.extractText(pipeline, text)) as unknown as { tokens: unknown[] }).tokens.length;
    const seconds = (performance.now() - started) / 1000;
    if (task.forgetWords) faktum.forgetWords?.();
    return { ok: true, tokens, seconds, thread: threadId };
  }
  const doc = await faktum.extractText(pipeline, task.text, task.meta);
  const fatal = doc.messages.find((m) => m.fatal);
  if (fatal) {
    const place = fatal.place ? lineColumn(doc.text, fatal.place.start) : undefined;
    return { ok: false, reason: `${fatal.reason} [${fatal.source}]`, ruleId: fatal.ruleId, place: place && `${place.line}:${place.column}` };
  }
  const jsonld = faktum.docToJsonLd(doc, { pipeline: task.pipeline, version: softwareVersion() });
  const text = `${JSON.stringify(jsonld, null, 2)}\n`;
  if (!task.bytes) return { ok: true, jsonld: text, nquads: await faktum.jsonLdToNQuads(jsonld) };
  const nquadsBytes = faktum.jsonLdToNQuadsBytes ? await faktum.jsonLdToNQuadsBytes(jsonld) : Buffer.from(await faktum.jsonLdToNQuads(jsonld));
  return { ok: true, jsonld: text, nquadsBytes };
}

const fingerprints = new Map<string, Promise<TaskResult>>();

/** A pipeline's fingerprint, computed once per thread (the user's KB files are hashed once, not per document). */
function fingerprintOnce(task: TaskBase & { kind: 'fingerprint' }): Promise<TaskResult> {
  const key = JSON.stringify([task.apiModule, task.pipeline, task.kbFiles]);
  let found = fingerprints.get(key);
  if (!found) {
    found = runTask(task).catch((error: Error): TaskResult => ({ ok: false, reason: `pipeline ${task.pipeline} cannot be opened: ${error.message}`, ruleId: 'pipeline' }));
    fingerprints.set(key, found);
  }
  return found;
}

/** A short hash of the user's KB files: their paths and contents, in order. */
function userKbHash(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('unreadable');
    }
  }
  return hash.digest('hex').slice(0, 12);
}
