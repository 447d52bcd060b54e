import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { compiledSibling } from '../pipeline/root.js';

/** wink-nlp tokenisation in a child process that stays up: one block of texts at a time, timed in the child. */
export interface WinkTokenizer {
  /**
   * Seconds wink-nlp took to tokenise the block, measured in the child (the message passing is not counted), after
   * the `untimed` texts; with `passes` > 1, the mean of that many passes over the block, one after the other.
   */
  time(block: string[], untimed?: string[], passes?: number): Promise<number>;
  close(): Promise<void>;
}

/** The next message of a child process with an IPC channel, or an error naming how it ended when it ends first. */
export function reply<T>(child: ChildProcess): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (message: T) => {
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number | null, signal: string | null) => {
      child.off('message', onMessage);
      reject(new Error(`the wink-nlp child process ended (${signal ?? `exit ${code}`}) before it answered`));
    };
    child.once('message', onMessage);
    child.once('exit', onExit);
  });
}

/**
 * Starts wink-nlp tokenisation (wink-eng-lite-web-model, no pipes) in a new Node process with V8's default settings,
 * as the other tools are measured (competitors.ts), and runs `warmUp` through it untimed.
 */
export async function startWinkTokenizer(warmUp: string[]): Promise<WinkTokenizer> {
  const child = fork(compiledSibling(import.meta.url, 'wink-tokenizer-child.js'), [], { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  child.send({ warmUp });
  await reply<{ ready: true }>(child);
  return {
    async time(block, untimed = [], passes = 1) {
      child.send({ block, untimed, passes });
      return (await reply<{ seconds: number }>(child)).seconds;
    },
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.disconnect();
      await exited;
    },
  };
}
