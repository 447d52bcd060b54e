import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of a process and all its descendants, in bytes, read from /proc (0 where /proc is missing). */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  for (const entry of entries) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces and brackets): state, ppid, ...; rss is field 24.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** A whole process, timed: wall seconds, the peak of its tree's summed resident memory, its exit code. */
export interface Timed {
  seconds: number;
  peakRssMb: number;
  code: number;
  stderr: string;
}

/** Runs a command to its end, sampling its process tree's memory every 20 ms. */
export function timeProcess(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const sample = () => (peak = Math.max(peak, child.pid ? treeRss(child.pid) : 0));
    const timer = setInterval(sample, 20);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakRssMb: peak / 2 ** 20, code: code ?? (signal ? 128 : 1), stderr });
    });
  });
}
