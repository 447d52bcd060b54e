import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { BatchUsageError } from './routes.js';

/** Who holds an output folder's lock. */
interface LockOwner {
  pid: number;
  host: string;
  started: string;
}

/** A lock file younger than this without a readable owner is being written; older, it was torn by a crash. */
const UNREADABLE_GRACE_MS = 5_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock of an output folder (`<out>/.faktum.lock`, one per shard): a file created exclusively, holding the
 * owner's pid, host and start time. A second run into the same folder stops with a usage error naming the owner; a
 * lock whose process is gone (same host, pid not running, or a torn lock file) is taken over, with a message.
 * Returns the function that releases it. Written by hand: proper-lockfile keeps no pid or host and declares a lock
 * stale only after its mtime ages, where a dead pid is certain at once.
 */
export function lockOutput(out: string, shardSuffix: string, warn: (message: string) => void): () => void {
  const path = join(out, `.faktum${shardSuffix}.lock`);
  const me: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${JSON.stringify(me)}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new BatchUsageError(`cannot lock the output folder ${out}: ${(error as Error).message}`);
    }
    const owner = readOwner(path);
    if (owner && (owner.host !== me.host || alive(owner.pid))) {
      throw new BatchUsageError(`output folder ${out} is in use by another faktum run (pid ${owner.pid} on ${owner.host}, since ${owner.started}); wait for it, or remove ${path} if that run is gone`);
    }
    if (!owner && Date.now() - statSafe(path) < UNREADABLE_GRACE_MS) {
      throw new BatchUsageError(`output folder ${out} is being locked by another faktum run (${path})`);
    }
    warn(owner ? `taking over the lock of ${out}: its faktum run (pid ${owner.pid}) is gone` : `taking over the torn lock file ${path}`);
    rmSync(path, { force: true });
  }
  throw new BatchUsageError(`cannot lock the output folder ${out}: ${path} keeps coming back`);
}

function statSafe(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
