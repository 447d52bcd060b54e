import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, runFake } from '../batch/helpers.js';
import { article, ensureBuilt, tmp } from './helpers.js';


/**
 * Issue 18, items 6 and 7: a document that never ends (a quadratic stage on a worst case) or takes all memory used
 * to stall or kill the whole run, and whether it failed depended on --jobs. Now each document has a time budget and
 * a heap limit in its worker, the same for every --jobs: it fails alone, its worker is replaced, the others finish.
 */
describe('bounded work per document', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it.each([1, 2])('with --jobs %i: a document over its time budget and one over the heap limit fail alone', async (jobs) => {
    const input = tmp('faktum-budget-');
    mkdirSync(input, { recursive: true });
    for (let i = 0; i < 20; i++) writeFileSync(join(input, `ok-${String(i).padStart(2, '0')}.txt`), article(i));
    writeFileSync(join(input, 'ok-05-spin.txt'), article(99, 'SPIN'));
    writeFileSync(join(input, 'ok-12-hog.txt'), article(98, 'HOG'));
    const out = tmp('faktum-budget-out-');
    const summary = await runFake({ inputs: [input], out, jobs, docSeconds: 3 });
    expect(summary).toMatchObject({ processed: 20, failed: 2 });
    const errors = errorsOf(out).sort((a, b) => a.file.localeCompare(b.file));
    expect(errors.map((e) => [e.file.split('/').pop(), e.ruleId])).toEqual([
      ['ok-05-spin.txt', 'budget'],
      ['ok-12-hog.txt', 'crash'],
    ]);
    expect(errors[0].reason).toMatch(/budget of 3 s per document/);
    expect(errors[1].reason).toMatch(/memory|heap/i);
  }, 120_000);
});
