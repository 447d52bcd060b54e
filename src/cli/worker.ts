import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { BatchUsageError, pipelineRoutes } from '../batch/routes.js';
import { checkRedisUrl, DEFAULT_QUEUE } from '../queue/connection.js';
import { fileSink, storeSink, type Sink } from '../queue/sinks.js';
import { waitUntilEmpty } from '../queue/until-empty.js';
import { startWorker } from '../queue/worker.js';
import { storeEndpoints } from '../store/endpoints.js';
import { GraphStoreClient } from '../store/graph-store.js';
import { redactUrl } from '../store/credentials.js';
import { parseOrExitCode, reportingProgram } from './parse-args.js';
import { relaunch, startedAsFaktum } from './relaunch.js';

function positive(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} takes a number > 0, not "${value}"`);
    return n;
  };
}

function program(): Command {
  const log = (s: string) => process.stderr.write(s);
  return reportingProgram(new Command('faktum worker'), log, log)
    .description('Take articles from the Redis queue, extract them with the worker pool of faktum run, write each result to --out or --store, then acknowledge the job')
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://queue.example:6379 (a password in the URL or in REDIS_PASSWORD)')
    .option('--queue <name>', 'queue name', DEFAULT_QUEUE)
    .option('-o, --out <dir>', 'write <dir>/<name>.jsonld per article (atomically)')
    .option('--store <url>', 'write each article\'s named graph to this SPARQL Graph Store Protocol endpoint (credentials: FAKTUM_STORE_USER / FAKTUM_STORE_PASSWORD)')
    .option('--store-update <url>', 'SPARQL Update endpoint for the provenance graph (default: derived for Virtuoso and Fuseki)')
    .option('--store-wait <seconds>', 'how long a write waits for a store that is down before the job counts a failed attempt', positive('--store-wait'), 1800)
    .option('-j, --jobs <n>', 'pipeline threads (default: all cores)', positive('--jobs'))
    .option('-p, --pipeline <name|file>', 'pipeline for its language (default: de-news for German, en-news for English)')
    .option('--kb <file>', 'extra knowledge-base file (JSONL); repeatable', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--lang <lang>', 'language of every article instead of detecting it')
    .option('--lock-seconds <s>', 'job lock: a worker silent this long (killed, machine gone) has its jobs redone by another', positive('--lock-seconds'), 30)
    .option('--name <name>', 'worker name in faktum queue status (default: host:pid)')
    .option('--until-empty', 'stop once the queue has no waiting, delayed or active jobs (for batch jobs)');
}

interface Options {
  redis: string; queue: string; out?: string; store?: string; storeUpdate?: string; storeWait: number; jobs?: number; pipeline?: string;
  kb: string[]; lang?: string; lockSeconds: number; name?: string; untilEmpty?: boolean;
}

/**
 * `faktum worker`: runs until SIGTERM or SIGINT (then finishes the jobs it holds and exits 0; a second signal leaves
 * them to another worker), or with --until-empty until the queue is empty. Exit 2 on bad usage.
 */
export async function workerCommand(args: string[]): Promise<number> {
  const cmd = program();
  const ended = await parseOrExitCode(cmd, args);
  if (ended !== undefined) return ended;
  const opts = cmd.opts<Options>();
  const usage = (message: string) => {
    process.stderr.write(`faktum worker: ${message}\n`);
    return 2;
  };
  const badRedis = checkRedisUrl(opts.redis);
  if (badRedis) return usage(badRedis);
  if (Boolean(opts.out) === Boolean(opts.store)) return usage('give exactly one of --out <dir> and --store <url>');
  for (const kb of opts.kb) if (!existsSync(kb)) return usage(`no such KB file: ${kb}`);
  const jobs = Math.round(opts.jobs ?? availableParallelism());
  if (jobs > 1 && startedAsFaktum()) {
    const code = await relaunch(['worker', ...args]);
    if (code !== undefined) return code;
  }
  let routing;
  try {
    routing = { ...pipelineRoutes(opts.pipeline), lang: opts.lang, kbFiles: opts.kb.map((f) => resolve(f)) };
  } catch (error) {
    if (error instanceof BatchUsageError) return usage(error.message);
    throw error;
  }
  let sink: Sink;
  if (opts.store) {
    const endpoints = storeEndpoints(opts.store, opts.storeUpdate);
    if ('error' in endpoints) return usage(endpoints.error);
    const onRetry = (reason: string, attempt: number) => process.stderr.write(`faktum worker: store write failed (attempt ${attempt}): ${reason}; retrying\n`);
    sink = storeSink(new GraphStoreClient(endpoints, { maxRetryMs: opts.storeWait * 1000, onRetry }));
  } else sink = fileSink(resolve(opts.out!));
  const log = (line: string) => process.stderr.write(`faktum worker: ${line}\n`);
  const worker = await startWorker({ redis: opts.redis, queue: opts.queue, sink, routing, jobs, lockMs: opts.lockSeconds * 1000, name: opts.name, log });
  log(`connected to ${redactUrl(opts.redis)}`);
  await new Promise<void>((done) => {
    let stopping = false;
    const stop = (signal: string) => {
      log(stopping ? `${signal} again: leaving held jobs to other workers` : `${signal}: finishing held jobs, then stopping`);
      void worker.close(stopping).then(done);
      stopping = true;
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
    if (opts.untilEmpty) void waitUntilEmpty(opts.redis, opts.queue).then(() => worker.close()).then(done);
  });
  log('stopped');
  return 0;
}
