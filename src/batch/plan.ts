import { existsSync, statSync } from 'node:fs';
import type { Batcher } from './batcher.js';
import type { Pending } from './batch-types.js';
import { shortHash, type Manifest } from './manifest.js';
import { sourceDigest, type InputSource } from './orphans.js';
import { outputTarget } from './output.js';
import { isFaktumOutput } from './ownership.js';
import type { ArticleRecord } from './records.js';

/** What planning an input needs from its run. */
export interface PlanContext {
  out: string;
  force: boolean;
  manifest: Manifest;
  /** The fingerprint of a pipeline (a name or a file), or undefined when it cannot be opened. */
  fingerprintOf: (route: string) => Promise<string | undefined>;
  /** `--lang` and `--pipeline`, as one string: another choice may route an input elsewhere. */
  routing: string;
  batcher: Batcher;
  /** Outputs of this run, as digests (a million-file run holds a million of them). */
  claimed: Set<string>;
}

/**
 * Decides what becomes of one input, in the main thread and without reading more than its bytes: a failure known
 * already, up to date (its N-Quads are reused), refused (a file faktum did not write), or a document for a worker.
 * `source` is where the input is on disk: an input done from elsewhere (moved) gets its manifest line anew.
 */
export async function plan(record: ArticleRecord, c: PlanContext, source: InputSource = {}): Promise<Pending> {
  if (!record.ok && record.ruleId === 'not-article') return { kind: 'not-article', file: record.file, key: record.key, reason: record.reason };
  if (!record.ok) return { kind: 'failed', ...record };
  const target = outputTarget(c.out, record.outRel);
  const base = { file: record.file, key: record.key };
  if (!target.ok) return { kind: 'failed', ...base, reason: target.reason, ruleId: 'unsafe-name' };
  const claim = shortHash(target.rel);
  if (c.claimed.has(claim)) return { kind: 'failed', ...base, reason: `output ${target.rel} is already written by another input of this run`, ruleId: 'output-collision' };
  c.claimed.add(claim);
  const route = c.force ? undefined : c.manifest.routeOf(record.key);
  if (route !== undefined) {
    const pipeline = await c.fingerprintOf(route);
    const entry = { input: record.key, sha256: record.sha256, pipeline: pipeline ?? '', routing: c.routing, output: target.rel };
    const nq = pipeline && c.manifest.doneQuads(entry);
    // An empty output (a power loss after an unflushed write) is not done.
    if (nq && nonEmpty(target.abs)) {
      const moved = c.manifest.sourceOf(record.key) !== sourceDigest(source);
      return { kind: 'done', ...base, nq, ...(moved ? { entry: { ...entry, route, nq, ...source } } : {}) };
    }
  }
  if (existsSync(target.abs) && !c.manifest.owns(target.rel) && !isFaktumOutput(target.abs)) {
    return { kind: 'failed', ...base, reason: `refusing to overwrite ${target.abs}: not written by faktum (not in the manifest, no faktum provenance)`, ruleId: 'not-ours' };
  }
  const { bytes, format, text, meta } = record;
  const queued = c.batcher.add({ key: record.key, file: record.file, abs: target.abs, rel: target.rel, meta, ...(bytes ? { bytes, format } : { text }) });
  return { kind: 'extract', ...base, rel: target.rel, sha256: record.sha256, source, ...queued };
}

function nonEmpty(path: string): boolean {
  try {
    return statSync(path).size > 0;
  } catch {
    return false;
  }
}
