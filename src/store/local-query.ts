import { Worker } from 'node:worker_threads';
import { compiledSibling } from '../pipeline/root.js';

/** A query over output files, answered in a worker thread so that it can be stopped after a timeout. */
export interface LocalQueryJob {
  files: string[];
  query: string;
  /** The default graph is the union of all graphs. */
  union: boolean;
  /** Media type of a CONSTRUCT / DESCRIBE answer besides JSON-LD (`text/turtle`, `application/n-triples`). */
  graphFormat?: string;
}

/** The answer: SPARQL results JSON (JSON-LD for graphs) and the graph in `graphFormat`; or why there is none. */
export type LocalQueryAnswer =
  | { ok: true; json: string; graph?: string }
  | { ok: false; kind: 'input' | 'invalid' | 'timeout'; reason: string };

/**
 * Loads the files into Oxigraph and runs the query in a worker thread; after `timeoutMs` the thread is stopped
 * (Oxigraph evaluates a query in one synchronous call, so this thread could not interrupt it).
 */
export function runLocalQuery(job: LocalQueryJob, timeoutMs: number): Promise<LocalQueryAnswer> {
  const worker = new Worker(compiledSibling(import.meta.url, 'local-query-worker.js'), { workerData: job });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ok: false, kind: 'timeout', reason: `no answer within ${timeoutMs / 1000} s (--timeout): the query was stopped` });
    }, timeoutMs);
    worker.once('message', (answer: LocalQueryAnswer) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(answer);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
