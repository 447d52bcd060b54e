import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { parseOrExitCode, reportingProgram, type Write } from './parse-args.js';
import { DEFAULT_MAX_BYTES } from './run.js';
import { addInputs } from '../queue/add.js';
import { checkRedisUrl, DEFAULT_QUEUE } from '../queue/connection.js';
import { failedJobs, queueStatus, type QueueStatus } from '../queue/status.js';
import { redactUrl } from '../store/credentials.js';

/** Output streams of `queueCommand`; tests capture them. */
export interface QueueCommandDeps {
  out?: Write;
  err?: Write;
}

const SUBCOMMANDS = ['add', 'status', 'failed'];

function program(sub: string, out: Write, err: Write): Command {
  const cmd = reportingProgram(new Command(`faktum queue ${sub}`), out, err)
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://127.0.0.1:6379 (a password in the URL or in REDIS_PASSWORD)')
    .option('--queue <name>', 'queue name', DEFAULT_QUEUE)
    .option('--json', 'print the result as JSON');
  if (sub === 'add') {
    cmd.description('Queue one job per article (the readers of faktum run); ids from the content, so adding again adds nothing new')
      .argument('<inputs...>', 'files, folders (walked recursively) or - for standard input')
      .option('--text-key <key>', 'JSON/JSONL field holding the article text (default: text)')
      .option('--id-key <key>', 'JSON/JSONL field naming the record in output names (default: id, else the line number)');
  } else if (sub === 'status') cmd.description('Waiting, active, done and failed jobs, the rate, and each worker');
  else cmd.description('The failed jobs, one JSON line each, in the fields of errors.jsonl (file, record, reason, ruleId, place)');
  return cmd;
}

/** A status as text: counts, rate, then one line per worker. */
export function formatStatus(s: QueueStatus): string {
  const lines = [
    `queue ${s.queue}: ${s.waiting} waiting, ${s.active} active, ${s.delayed} delayed, ${s.done} done, ${s.failed} failed`,
    `rate: ${s.perMinute} in the last minute, ${s.perSecond5m}/s over the last 5 minutes`,
  ];
  for (const w of s.workers) lines.push(`  ${w.name}: ${w.done} done, ${w.skipped} skipped, ${w.failed} failed attempts, ${w.connected ? 'connected' : 'gone'}, last ${w.lastSeen ?? '-'}`);
  return `${lines.join('\n')}\n`;
}

/** `faktum queue add|status|failed`. Returns 0, 1 when some input could not be queued, 2 on bad usage or no Redis. */
export async function queueCommand(args: string[], deps: QueueCommandDeps = {}): Promise<number> {
  const out = deps.out ?? ((s: string) => process.stdout.write(s));
  const err = deps.err ?? ((s: string) => process.stderr.write(s));
  const [sub, ...rest] = args;
  if (!sub || !SUBCOMMANDS.includes(sub)) {
    err(`faktum queue: ${sub ? `unknown subcommand "${sub}"` : 'name a subcommand'}: add, status or failed\n`);
    return sub === '--help' || sub === '-h' ? 0 : 2;
  }
  const cmd = program(sub, out, err);
  const ended = await parseOrExitCode(cmd, rest);
  if (ended !== undefined) return ended;
  const opts = cmd.opts<{ redis: string; queue: string; json?: boolean; textKey?: string; idKey?: string }>();
  const bad = checkRedisUrl(opts.redis);
  if (bad) {
    err(`faktum queue ${sub}: ${bad}\n`);
    return 2;
  }
  try {
    return await run(sub, cmd.args, opts, out, err);
  } catch (error) {
    // ioredis gives up after its retries: Redis is not there (or refuses us).
    err(`faktum queue ${sub}: Redis at ${redactUrl(opts.redis)} did not answer: ${(error as Error).message}\n`);
    return 2;
  }
}

async function run(sub: string, inputs: string[], opts: { redis: string; queue: string; json?: boolean; textKey?: string; idKey?: string }, out: Write, err: Write): Promise<number> {
  if (sub === 'add') {
    for (const input of inputs) {
      if (input !== '-' && !existsSync(input)) {
        err(`faktum queue add: no such file or folder: ${input}\n`);
        return 2;
      }
    }
    const summary = await addInputs(inputs, { redis: opts.redis, queue: opts.queue, read: { maxBytes: DEFAULT_MAX_BYTES, textKey: opts.textKey, idKey: opts.idKey } });
    for (const failure of summary.failed) err(`${JSON.stringify(failure)}\n`);
    if (opts.json) out(`${JSON.stringify({ added: summary.added, alreadyQueued: summary.alreadyQueued, failed: summary.failed.length })}\n`);
    else out(`faktum queue add: ${summary.added} added, ${summary.alreadyQueued} already queued, ${summary.failed.length} failed -> queue ${opts.queue} at ${redactUrl(opts.redis)}\n`);
    return summary.failed.length ? 1 : 0;
  }
  if (sub === 'status') {
    const status = await queueStatus(opts.redis, opts.queue);
    out(opts.json ? `${JSON.stringify(status)}\n` : formatStatus(status));
    return 0;
  }
  const failed = await failedJobs(opts.redis, opts.queue);
  out(opts.json ? `${JSON.stringify(failed)}\n` : failed.map((f) => `${JSON.stringify(f)}\n`).join(''));
  return 0;
}
