import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { trainCommand } from '../../src/cli/train.js';
import { loadTagger } from '../../src/model/index.js';

const dir = mkdtempSync(join(tmpdir(), 'faktum-train-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('faktum train', () => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);

  it.each([
    [['--bogus']],
    [['--sets', 'germeval,uner']],
    [['--epochs', 'many']],
    [['extra-argument']],
    [['--tune-fraction', 'half']],
    [['--selftrain', 'margin=']],
    [['--selftrain', 'depth=3']],
    [['--learner', 'svm']],
    [['--crf-rate', '-1']],
    [['--crf-l2', 'strong']],
  ])('rejects %j with exit code 2', async (args) => {
    expect(await trainCommand(args)).toBe(2);
  });

  it('fails with exit code 1 and a clear message when the data folder is missing', async () => {
    expect(await trainCommand(['--data', join(dir, 'nowhere'), '--out', join(dir, 'x')])).toBe(1);
  });

  it('prints help with exit code 0', async () => {
    expect(await trainCommand(['--help'])).toBe(0);
  });

  it('trains from a data folder and writes a loadable model', async () => {
    const data = join(dir, 'data');
    mkdirSync(join(data, 'germeval2014'), { recursive: true });
    copyFileSync(join(import.meta.dirname, 'fixtures', 'mini-germeval.tsv'), join(data, 'germeval2014', 'NER-de-dev.tsv'));
    const out = join(dir, 'model');
    const code = await trainCommand(['--data', data, '--out', out, '--sets', 'germeval', '--no-clusters', '--runs', '1', '--epochs', '8', '--tune-fraction', '0']);
    expect(code).toBe(0);
    expect(existsSync(join(out, 'model.bin'))).toBe(true);
    expect(loadTagger(out).tag(['Anna', 'Berger', 'arbeitet', 'bei', 'Siemens', 'in', 'Berlin', '.'])).toEqual([
      'B-PER', 'I-PER', 'O', 'O', 'B-ORG', 'O', 'B-LOC', 'O',
    ]);
  });
});
