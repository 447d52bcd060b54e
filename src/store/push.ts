import { resolve } from 'node:path';
import { createRunner } from '../batch/pool.js';
import { collectFiles } from '../rdf/inputs.js';
import { GraphStoreClient } from './graph-store.js';

/** One output that could not be pushed, in the fields of `errors.jsonl`. */
export interface PushFailure {
  file: string;
  reason: string;
  ruleId: string;
  place: null;
}

/** What `faktum push` did. */
export interface PushSummary {
  written: number;
  triples: number;
  failed: PushFailure[];
  seconds: number;
}

/**
 * Pushes every `.jsonld` under `dir` to the store: converted to N-Quads in the worker pool, each article's graph
 * replaced and its provenance updated, `inFlight` requests at a time. A file that fails is reported and the rest
 * go on.
 */
export async function pushOutput(dir: string, client: GraphStoreClient, options: { jobs: number; inFlight?: number; onWritten?: (file: string) => void }): Promise<PushSummary> {
  const started = Date.now();
  const files = collectFiles([dir], ['.jsonld']);
  const runner = createRunner(options.jobs);
  const summary: PushSummary = { written: 0, triples: 0, failed: [], seconds: 0 };
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const file = files[next++];
      const converted = await runner.run({ kind: 'nquads', pipeline: 'de-news', kbFiles: [], jsonldPath: resolve(file) }).catch((e: Error) => ({ ok: false as const, reason: e.message, ruleId: 'crash' }));
      if (!converted.ok) {
        summary.failed.push({ file, reason: converted.reason, ruleId: converted.ruleId, place: null });
        continue;
      }
      try {
        const { triples } = await client.writeArticle(converted.nquads ?? '');
        summary.written++;
        summary.triples += triples;
        options.onWritten?.(file);
      } catch (error) {
        summary.failed.push({ file, reason: (error as Error).message, ruleId: 'store', place: null });
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.inFlight ?? 4 }, lane));
  } finally {
    await runner.close();
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
