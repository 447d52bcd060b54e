import { spawn } from 'node:child_process';
import { missingV8Flags } from '../batch/v8-flags.js';

/** Commands that run the pipeline over many documents, and so start Node with the batch V8 flags. */
const BATCH_COMMANDS = new Set(['run', 'bench']);

/**
 * The Node arguments to start `faktum` again with, for a batch command not yet started with the batch V8 flags
 * (v8-flags.ts); undefined when this process should run the command itself.
 */
export function relaunchArgs(argv: readonly string[], execArgv: readonly string[], script: string): string[] | undefined {
  const flags = BATCH_COMMANDS.has(argv[0] ?? '') ? missingV8Flags(execArgv) : [];
  return flags.length ? [...flags, ...nodeOptions(execArgv), script, ...argv] : undefined;
}

/** Options that make Node run code given on its command line instead of a script, and take it as their value. */
const CODE_OPTIONS = new Set(['-e', '--eval', '-p', '--print']);

/** The options of `execArgv` to pass on, without code to evaluate (`node -e ...` when faktum is started from code). */
function nodeOptions(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    if (CODE_OPTIONS.has(arg)) i++;
    else if (!/^--(eval|print|input-type)=/.test(arg)) out.push(arg);
  }
  return out;
}

/**
 * Signals passed on to the new process, which then ends as it would have (faktum sets no handlers). A Ctrl-C on a
 * terminal reaches both processes (the same process group): the second SIGINT finds the new one ended or ending.
 */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Exit code of a process ended by a signal: 128 + the signal's number. */
const SIGNAL_CODES: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGQUIT: 131, SIGKILL: 137, SIGTERM: 143 };

/**
 * Runs the command in a new Node process with the batch V8 flags when it needs them, sharing standard input and
 * output, and returns its exit code; undefined when no relaunch is needed.
 */
export async function relaunch(argv: readonly string[], script = process.argv[1]): Promise<number | undefined> {
  const args = relaunchArgs(argv, process.execArgv, script);
  if (!args) return undefined;
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of FORWARDED) process.on(signal, forward);
  try {
    return await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code, signal) => resolve(code ?? SIGNAL_CODES[signal ?? ''] ?? 1));
    });
  } finally {
    for (const signal of FORWARDED) process.off(signal, forward);
  }
}
