import { createHash } from 'node:crypto';
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFailure, writeFileAtomicAsync } from './atomic-write.js';
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
  /**
   * Where the task's segment is written (relative to `out`, in `segments`, a name of its own per task): it takes its
   * name, which is its content's hash, when the main thread has flushed it (commitFile in atomic-write.ts).
   */
  segmentTemp: string;
  /** Flush each JSON-LD file to disk before it takes its name (the segment is flushed always). */
  fsync?: boolean;
}

/** Runs one task of the pool (tasks.ts): extraction of one document, as `faktum run` did before batches. */
export type RunOne = (task: { kind: 'extract'; pipeline: string; kbFiles: string[]; apiModule?: string; text: string; meta: DocItem['meta']; bytes: true }) => Promise<TaskResult>;
/** The fingerprint of a pipeline in this thread. */
export type FingerprintOf = (pipeline: string) => Promise<TaskResult>;

/**
 * Reads, routes, extracts and writes each document of the task: its JSON-LD file atomically, and the N-Quads of
 * all written documents as one segment, whose place each outcome gives (written to `segmentTemp`, for the main
 * thread to flush and name). A document that fails fails alone; throws only for bugs.
 */
export async function runDocs(task: DocsTask, runOne: RunOne, fingerprintOf: FingerprintOf): Promise<DocOutcome[]> {
  // Each document's outcome, or the write of its JSON-LD file under way (through the libuv pool, so that the next
  // document is extracted meanwhile) and what it gives once the file has its name.
  const pending: Array<DocOutcome | Promise<Written | DocOutcome>> = [];
  for (const item of task.items) {
    const read = await docText(item);
    if ('kind' in read) {
      pending.push(read);
      continue;
    }
    const large = tooLarge(read.text);
    if (large) {
      pending.push(large);
      continue;
    }
    const route = routeOf(read.text, read.meta, task.routing);
    if (route.pipeline === undefined) {
      pending.push({ kind: 'language', lang: route.lang });
      continue;
    }
    const opened = await fingerprintOf(route.pipeline);
    if (!opened.ok || !opened.fingerprint) {
      pending.push({ kind: 'failed', reason: opened.ok ? `pipeline ${route.pipeline} has no fingerprint` : opened.reason, ruleId: 'pipeline' });
      continue;
    }
    const meta = { ...read.meta, ...(route.lang ? { lang: route.lang } : {}) };
    if (!route.lang) delete meta.lang;
    const result = await runOne({ kind: 'extract', pipeline: route.pipeline, kbFiles: task.kbFiles, apiModule: task.apiModule, text: read.text, meta, bytes: true });
    if (!result.ok) {
      pending.push({ kind: 'failed', reason: result.reason, ruleId: result.ruleId, place: result.place });
      continue;
    }
    let outside;
    try {
      outside = outsideOutput(task.out, item.abs);
    } catch (error) {
      pending.push(writeFailure(item.rel, error));
      continue;
    }
    if (outside) {
      pending.push({ kind: 'failed', reason: outside, ruleId: 'unsafe-name' });
      continue;
    }
    const written: Written = { kind: 'written', pipeline: route.pipeline, fingerprint: opened.fingerprint, nq: [0, 0], quads: result.nquadsBytes ?? Buffer.from(result.nquads ?? '') };
    pending.push(writeFileAtomicAsync(item.abs, result.jsonld ?? '', { fsync: task.fsync }).then(() => written, (error: unknown) => writeFailure(item.rel, error)));
  }
  // Outcomes go back only when every file of the task has its name: a finished article is on disk when recorded.
  const settled = await Promise.all(pending);
  const quads: Uint8Array[] = [];
  const hash = createHash('sha1');
  let offset = 0;
  const outcomes = settled.map((o): DocOutcome => {
    if (!('quads' in o)) return o;
    const nq = o.quads;
    quads.push(nq);
    hash.update(nq);
    const outcome: DocOutcome = { kind: 'written', pipeline: o.pipeline, fingerprint: o.fingerprint, nq: [offset, nq.length] };
    offset += nq.length;
    return outcome;
  });
  if (!quads.length) return outcomes;
  // The task's N-Quads as one segment file named by its content: the same documents give the same file, so that
  // output (manifest included) does not depend on the run or on --jobs. Written from the documents' bytes as they
  // are (one vectored write), not copied into one buffer first.
  const segment = `${task.segments}/${hash.digest('hex').slice(0, 24)}.nq`;
  try {
    // Not flushed here: the main thread flushes it and gives it its name before the manifest lines that point into
    // it are written (batcher.ts), while this thread goes on with its next task.
    await mkdir(join(task.out, task.segments), { recursive: true });
    await writeAll(join(task.out, task.segmentTemp), quads);
  } catch (error) {
    // Without its N-Quads a document is not done: the written JSON-LD files stay, and a rerun redoes them.
    return outcomes.map((o, i) => (o.kind === 'written' ? writeFailure(task.items[i].rel, error, 'the N-Quads of ') : o));
  }
  return outcomes.map((o) => (o.kind === 'written' ? { ...o, segment } : o));
}

/** A document whose JSON-LD file is written: its N-Quads, placed in the task's segment once all writes are done. */
type Written = Extract<DocOutcome, { kind: 'written' }> & { quads: Uint8Array };

/** Writes the buffers one after the other as the whole content of `path` (created or truncated). */
async function writeAll(path: string, buffers: Uint8Array[]): Promise<void> {
  const file = await open(path, 'w');
  try {
    // At most IOV_MAX (1024 on Linux) buffers per call; after a short write (rare for files) the rest goes on from
    // where it stopped (writeFile on a handle writes from its current position).
    for (let i = 0; i < buffers.length; i += 1024) {
      const batch = buffers.slice(i, i + 1024);
      const { bytesWritten } = await file.writev(batch);
      if (bytesWritten < batch.reduce((n, b) => n + b.length, 0)) await file.writeFile(Buffer.concat(batch).subarray(bytesWritten));
    }
  } finally {
    await file.close();
  }
}
