import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import { storeEndpoints } from '../store/endpoints.js';
import { GraphStoreClient } from '../store/graph-store.js';
import { pushOutput } from '../store/push.js';
import { parseOrExitCode, reportingProgram, type Write } from './parse-args.js';

/** Output streams of `pushCommand`; tests capture them. */
export interface PushCommandDeps {
  out?: Write;
  err?: Write;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`takes a whole number >= 1, not "${value}"`);
  return n;
}

/**
 * `faktum push <output dir> --store <url>`: writes every article of a `faktum run` output to a SPARQL store (named
 * graph replaced with a Graph Store Protocol PUT, provenance updated). Exit 0, 1 when some article failed (one
 * JSON line each on stderr, the fields of errors.jsonl), 2 on bad usage.
 */
export async function pushCommand(args: string[], deps: PushCommandDeps = {}): Promise<number> {
  const out = deps.out ?? ((s: string) => process.stdout.write(s));
  const err = deps.err ?? ((s: string) => process.stderr.write(s));
  const cmd = reportingProgram(new Command('faktum push'), out, err)
    .description('Write the articles of an output folder into a SPARQL store, one named graph each (credentials: FAKTUM_STORE_USER / FAKTUM_STORE_PASSWORD)')
    .argument('<dir>', 'an output folder of faktum run')
    .requiredOption('--store <url>', 'the store\'s Graph Store Protocol endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud')
    .option('--store-update <url>', 'SPARQL Update endpoint for the provenance graph (default: derived for Virtuoso and Fuseki)')
    .option('--store-wait <seconds>', 'how long to wait for a store that is down', Number, 300)
    .option('-j, --jobs <n>', 'threads converting JSON-LD to N-Quads', positiveInt)
    .option('--json', 'print the summary as one JSON object');
  const ended = await parseOrExitCode(cmd, args);
  if (ended !== undefined) return ended;
  const opts = cmd.opts<{ store: string; storeUpdate?: string; storeWait: number; jobs?: number; json?: boolean }>();
  const dir = cmd.args[0];
  if (!existsSync(dir)) {
    err(`faktum push: no such folder: ${dir}\n`);
    return 2;
  }
  const endpoints = storeEndpoints(opts.store, opts.storeUpdate);
  if ('error' in endpoints) {
    err(`faktum push: ${endpoints.error}\n`);
    return 2;
  }
  const onRetry = (reason: string) => err(`faktum push: ${reason}; retrying\n`);
  const client = new GraphStoreClient(endpoints, { maxRetryMs: opts.storeWait * 1000, onRetry });
  const summary = await pushOutput(dir, client, { jobs: opts.jobs ?? Math.min(2, availableParallelism()) });
  for (const failure of summary.failed) err(`${JSON.stringify(failure)}\n`);
  if (opts.json) out(`${JSON.stringify({ written: summary.written, triples: summary.triples, failed: summary.failed.length, seconds: summary.seconds })}\n`);
  else out(`faktum push: ${summary.written} articles (${summary.triples} triples) written, ${summary.failed.length} failed in ${summary.seconds.toFixed(1)} s -> ${opts.store}\n`);
  return summary.failed.length ? 1 : 0;
}
