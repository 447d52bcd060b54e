import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchUsageError } from '../../src/batch/run-batch.js';
import { errorsOf, runFake } from '../batch/helpers.js';
import { article, ensureBuilt, inspectOutput, tmp } from './helpers.js';


describe('output names the file system refuses fail one document each (issue 18, item 1)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('a 254-byte file name, a JSONL id over 255 bytes and ids "a" and "a.jsonld/b": the rest is done', async () => {
    const input = tmp('faktum-names-');
    writeFileSync(join(input, `${'ä'.repeat(125)}.txt`), article(1));
    // Its output name is near the limit, its temporary file's would be over it: written all the same.
    writeFileSync(join(input, `${'ü'.repeat(120)}.txt`), article(7));
    writeFileSync(join(input, 'fine.txt'), article(2));
    const records = [{ id: 'x'.repeat(300), text: article(3) }, { id: 'a', text: article(4) }, { id: 'a.jsonld/b', text: article(5) }, { id: 'ok', text: article(6) }];
    writeFileSync(join(input, 'feed.jsonl'), records.map((r) => JSON.stringify(r)).join('\n'));
    const out = tmp('faktum-names-out-');
    const summary = await runFake({ inputs: [input], out, jobs: 2 });
    expect(summary).toMatchObject({ processed: 4, failed: 3 });
    const errors = errorsOf(out).map((e) => e.ruleId).sort();
    expect(errors).toEqual(['unsafe-name', 'unsafe-name', 'write']);
    expect(inspectOutput(out).problems).toEqual([]);
  }, 60_000);
});

describe('inputs that are no regular files are refused, not waited on (issue 18, item 10)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it.each([
    ['a FIFO', (dir: string) => { const fifo = join(dir, 'pipe.txt'); execFileSync('mkfifo', [fifo]); return fifo; }],
    ['/dev/zero', () => '/dev/zero'],
  ])('%s', async (_name, make) => {
    const input = make(tmp('faktum-special-'));
    const out = tmp('faktum-special-out-');
    const summary = await runFake({ inputs: [input], out, jobs: 1 });
    expect(summary.failed).toBe(1);
    expect(errorsOf(out)[0]).toMatchObject({ ruleId: 'not-a-file' });
  }, 30_000);
});

describe('output folder problems are usage errors with a clear message (issue 18, item 8)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('--out names an existing file', async () => {
    const input = tmp('faktum-outfile-');
    writeFileSync(join(input, 'a.txt'), article(1));
    const file = join(tmp('faktum-outfile-'), 'taken');
    writeFileSync(file, 'not a folder');
    await expect(runFake({ inputs: [input], out: file })).rejects.toThrow(BatchUsageError);
    await expect(runFake({ inputs: [input], out: file })).rejects.toThrow(/cannot write output folder .*taken: it is a file, not a folder/);
  });

  it('a full disk: documents that cannot be written fail alone and all.nq is never torn', async (context) => {
    const mount = tmp('faktum-full-');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=400k', 'tmpfs', mount], { stdio: 'ignore' });
    } catch {
      console.warn('SKIPPED full-disk test: cannot mount a small tmpfs here (needs root in a machine that allows mounts)');
      context.skip();
      return;
    }
    try {
      const input = tmp('faktum-full-in-');
      mkdirSync(input, { recursive: true });
      for (let i = 0; i < 300; i++) writeFileSync(join(input, `${String(i).padStart(3, '0')}.txt`), article(i, 'Lang. '.repeat(200)));
      const out = join(mount, 'out');
      const summary = await runFake({ inputs: [input], out, jobs: 2 }).catch((error: Error) => error);
      // Either the run records the documents it could not write (ENOSPC) or, when even its own files cannot be
      // written, it stops with a usage error; in both cases nothing that exists is torn.
      if (summary instanceof Error) {
        expect(summary).toBeInstanceOf(BatchUsageError);
        expect(summary.message).toMatch(/^cannot write .*no space left.*a rerun does the rest/);
      }
      else {
        expect(summary.failed).toBeGreaterThan(0);
        expect(summary.processed + summary.failed).toBe(300);
        expect(errorsOf(out).every((e) => e.ruleId === 'write' && /ENOSPC/.test(e.reason))).toBe(true);
      }
      expect(inspectOutput(out).problems).toEqual([]);
    } finally {
      execFileSync('umount', ['-l', mount]);
    }
  }, 120_000);
});

it('nothing is left that a reader would take for output: no temporary files after a clean run', async () => {
  const input = tmp('faktum-clean-');
  for (let i = 0; i < 30; i++) writeFileSync(join(input, `${i}.txt`), article(i));
  const out = tmp('faktum-clean-out-');
  await runFake({ inputs: [input], out, jobs: 2 });
  const all = execFileSync('find', [out, '-name', '*.faktum-tmp*'], { encoding: 'utf8' }).trim();
  expect(all).toBe('');
  expect(existsSync(join(out, '.faktum.lock'))).toBe(false);
});

describe('a symbolic link inside --out is not followed (issue 18, item 10)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('an output folder that links elsewhere fails its documents; nothing is written there', async () => {
    const input = tmp('faktum-link-in-');
    mkdirSync(join(input, 'de'));
    writeFileSync(join(input, 'de', 'a.txt'), article(1));
    writeFileSync(join(input, 'b.txt'), article(2));
    const out = tmp('faktum-link-out-');
    const elsewhere = tmp('faktum-link-elsewhere-');
    symlinkSync(elsewhere, join(out, 'de'));
    const summary = await runFake({ inputs: [input], out, jobs: 1 });
    expect(summary).toMatchObject({ processed: 1, failed: 1 });
    expect(errorsOf(out)[0]).toMatchObject({ ruleId: 'unsafe-name' });
    expect(errorsOf(out)[0].reason).toMatch(/symbolic link out of the output folder/);
    expect(readdirSync(elsewhere)).toEqual([]);
  }, 60_000);
});
