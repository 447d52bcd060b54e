import { parentPort, workerData } from 'node:worker_threads';
import { loadStore } from '../rdf/store.js';
import type { LocalQueryJob, LocalQueryAnswer } from './local-query.js';

/** Runs in a worker thread (local-query.ts): loads the files into Oxigraph and answers the query. */
async function answer(job: LocalQueryJob): Promise<LocalQueryAnswer> {
  let store;
  try {
    store = await loadStore(job.files);
  } catch (error) {
    return { ok: false, kind: 'input', reason: (error as Error).message };
  }
  const options = { use_default_graph_as_union: job.union };
  try {
    const json = store.query(job.query, { ...options, results_format: 'json' }) as string;
    const graph = json.startsWith('[') && job.graphFormat ? (store.query(job.query, { ...options, results_format: job.graphFormat }) as string) : undefined;
    return { ok: true, json, graph };
  } catch (error) {
    return { ok: false, kind: 'invalid', reason: (error as Error).message };
  }
}

parentPort!.postMessage(await answer(workerData as LocalQueryJob));
