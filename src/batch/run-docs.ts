import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { outsideOutput } from './inside-out.js';
import { routeOf, type DocItem, type DocOutcome, type Routing } from './doc-task.js';
import { docText } from './doc-text.js';
import { tooLarge } from './size-limit.js';
import type { TaskResult } from './tasks.js';

/**
 * A worker task of several documents: everything a document needs, from its bytes to its files on disk, happens in
 * the worker; the main thread only walks inputs and records outcomes.
 */
export interface DocsTask {
  kind: 'docs';
  apiModule?: string;
  kbFiles: string[];
  routing: Routing;
  items: DocItem[];
  /** The output folder, and the folder in it of the N-Quads segments (relative). */
  out: string;
  segments: string;
  /** Flush each JSON-LD file to disk before it takes its name (the segment is flushed always). */
  fsync?: boolean;
}

/** Runs one task of the pool (tasks.ts): extraction of one document, as `faktum run` did before batches. */
export type RunOne = (task: { kind: 'extract'; pipeline: string; kbFiles: string[]; apiModule?: string; text: string; meta: DocItem['meta'] }) => Promise<TaskResult>;
/** The fingerprint of a pipeline in this thread. */
export type FingerprintOf = (pipeline: string) => Promise<TaskResult>;

/**
 * Reads, routes, extracts and writes each document of the task: its JSON-LD file atomically, and the N-Quads of
 * all written documents as one segment file (atomically too), whose place each outcome gives. A document that
 * fails fails alone; throws only for bugs.
 */
export async function runDocs(task: DocsTask, runOne: RunOne, fingerprintOf: FingerprintOf): Promise<DocOutcome[]> {
  const outcomes: DocOutcome[] = [];
  const quads: Buffer[] = [];
  let offset = 0;
  for (const item of task.items) {
    const read = await docText(item);
    if ('kind' in read) {
      outcomes.push(read);
      continue;
    }
    const large = tooLarge(read.text);
    if (large) {
      outcomes.push(large);
      continue;
    }
    const route = routeOf(read.text, read.meta, task.routing);
    if (route.pipeline === undefined) {
      outcomes.push({ kind: 'language', lang: route.lang });
      continue;
    }
    const opened = await fingerprintOf(route.pipeline);
    if (!opened.ok || !opened.fingerprint) {
      outcomes.push({ kind: 'failed', reason: opened.ok ? `pipeline ${route.pipeline} has no fingerprint` : opened.reason, ruleId: 'pipeline' });
      continue;
    }
    const meta = { ...read.meta, ...(route.lang ? { lang: route.lang } : {}) };
    if (!route.lang) delete meta.lang;
    const result = await runOne({ kind: 'extract', pipeline: route.pipeline, kbFiles: task.kbFiles, apiModule: task.apiModule, text: read.text, meta });
    if (!result.ok) {
      outcomes.push({ kind: 'failed', reason: result.reason, ruleId: result.ruleId, place: result.place });
      continue;
    }
    try {
      const outside = outsideOutput(task.out, item.abs);
      if (outside) {
        outcomes.push({ kind: 'failed', reason: outside, ruleId: 'unsafe-name' });
        continue;
      }
      writeFileAtomic(item.abs, result.jsonld ?? '', { fsync: task.fsync });
    } catch (error) {
      outcomes.push(writeFailure(item.rel, error));
      continue;
    }
    const nq = Buffer.from(result.nquads ?? '');
    quads.push(nq);
    outcomes.push({ kind: 'written', pipeline: route.pipeline, fingerprint: opened.fingerprint, nq: [offset, nq.length] });
    offset += nq.length;
  }
  if (!quads.length) return outcomes;
  // The task's N-Quads as one segment file named by its content: the same documents give the same file, so that
  // output (manifest included) does not depend on the run or on --jobs.
  const data = Buffer.concat(quads);
  const segment = `${task.segments}/${createHash('sha1').update(data).digest('hex').slice(0, 24)}.nq`;
  try {
    // Flushed always: the manifest line that points into it is written after it (one flush per task).
    writeFileAtomic(join(task.out, segment), data, { fsync: true, mkdir: true });
  } catch (error) {
    // Without its N-Quads a document is not done: the written JSON-LD files stay, and a rerun redoes them.
    return outcomes.map((o, i) => (o.kind === 'written' ? writeFailure(task.items[i].rel, error, 'the N-Quads of ') : o));
  }
  return outcomes.map((o) => (o.kind === 'written' ? { ...o, segment } : o));
}

/** A write that failed (a name the file system refuses, a folder in the way, a full disk) as a document failure. */
function writeFailure(rel: string, error: unknown, what = ''): Extract<DocOutcome, { kind: 'failed' }> {
  const { code, message } = error as NodeJS.ErrnoException;
  return { kind: 'failed', reason: `cannot write ${what}${rel}: ${code ?? ''} ${message}`.replace(/\s+/g, ' '), ruleId: 'write' };
}
