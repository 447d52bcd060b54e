import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Batcher } from '../../src/batch/batcher.js';
import type { DocsTask } from '../../src/batch/run-docs.js';
import type { Task, TaskResult } from '../../src/batch/tasks.js';
import { tmp } from './helpers.js';

const quads = '<https://example.org/artikel/rheinmetall> <http://schema.org/name> "Rheinmetall" .\n';

/** A stand-in worker: answers a task as written, having written its segment's temporary file or not. */
function batcher(out: string, writesSegment: boolean) {
  const runner = {
    async run(task: Task): Promise<TaskResult> {
      const docs = task as DocsTask;
      if (writesSegment) {
        mkdirSync(join(out, docs.segments), { recursive: true });
        writeFileSync(join(out, docs.segmentTemp), quads);
      }
      return { ok: true, outcomes: docs.items.map(() => ({ kind: 'written', pipeline: 'de-news', fingerprint: 'fake-1', nq: [0, quads.length], segment: `${docs.segments}/0123456789abcdef01234567.nq` })) };
    },
    close: async () => {},
  };
  return new Batcher({ runner, kbFiles: [], routing: { routes: [], fallback: 'de-news' }, out, shardSuffix: '', fsync: false, slots: 1, budgetSeconds: 60, claim: () => {} });
}

describe('Batcher: the main thread flushes and names each task\'s segment before its outcomes count', () => {
  it.each([
    ['the segment was written: it takes its name, the documents are written', true],
    ['the segment is missing: every document of the task fails with the N-Quads write', false],
  ])('%s', async (_name, writesSegment) => {
    const out = tmp();
    const run = batcher(out, writesSegment);
    const added = ['rheinmetall.jsonld', 'lufthansa.jsonld'].map((rel) => run.add({ key: rel, file: rel, abs: join(out, rel), rel, text: 'Rheinmetall liefert Munition.', meta: { path: rel } }));
    run.flush();
    const outcomes = await Promise.all(added.map((a) => a.outcome));
    const segment = join(out, '.faktum/nq/0123456789abcdef01234567.nq');
    if (writesSegment) {
      expect(outcomes.map((o) => o.kind)).toEqual(['written', 'written']);
      expect(readFileSync(segment, 'utf8')).toBe(quads);
    } else {
      expect(outcomes).toEqual(['rheinmetall.jsonld', 'lufthansa.jsonld'].map((rel) => ({ kind: 'failed', ruleId: 'write', reason: expect.stringMatching(new RegExp(`^cannot write the N-Quads of ${rel}: ENOENT`)) })));
      expect(existsSync(segment)).toBe(false);
    }
    expect(existsSync(join(out, '.faktum/nq/.task-1.faktum-tmp'))).toBe(false);
  });
});
