import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { missingV8Flags } from '../batch/v8-flags.js';
import { projectRoot } from '../pipeline/root.js';

/**
 * The Node arguments to start `script` again with `argv` and the batch V8 flags (v8-flags.ts), or undefined when
 * this process already has them (it was started so, or the user chose either way).
 */
export function relaunchArgs(argv: readonly string[], execArgv: readonly string[], script: string): string[] | undefined {
  const flags = missingV8Flags(execArgv);
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

/** True when this process was started as faktum's command line (bin/faktum.js), not as a test runner or a library. */
export function startedAsFaktum(script = process.argv[1]): boolean {
  try {
    return realpathSync(script) === realpathSync(join(projectRoot, 'bin', 'faktum.js'));
  } catch {
    return false;
  }
}

/**
 * Runs `script` with `argv` in a new Node process with the batch V8 flags, sharing standard input and output, and
 * returns its exit code; undefined when this process has the flags already. `faktum run` (when it starts worker
 * threads) and `faktum bench` call it first thing.
 */
export async function relaunch(argv: readonly string[], script = process.argv[1]): Promise<number | undefined> {
  const args = relaunchArgs(argv, process.execArgv, script);
  if (!args) return undefined;
  // The IPC channel is how the new process learns that this one is gone, even killed with SIGKILL (followParent).
  const child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: { ...process.env, FAKTUM_PARENT_PID: String(process.pid) } });
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

/**
 * In a process started by {@link relaunch}: ends it as soon as the process that started it is gone (its IPC channel
 * closes), so that a `faktum run` killed with SIGKILL leaves no orphan running on and racing the next run. The
 * channel does not keep the process alive. Elsewhere a no-op.
 */
export function followParent(): void {
  const parent = process.env.FAKTUM_PARENT_PID;
  if (!parent) return;
  delete process.env.FAKTUM_PARENT_PID;
  // The parent may be gone before this code runs: its channel closed while modules loaded (Node then sets up no
  // channel at all), or this process was already handed to another parent.
  if (!process.channel || !process.connected || String(process.ppid) !== parent) process.exit(SIGNAL_CODES.SIGHUP);
  process.channel.unref();
  process.on('disconnect', () => process.exit(SIGNAL_CODES.SIGHUP));
}
