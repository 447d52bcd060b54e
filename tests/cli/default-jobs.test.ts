import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../src/cli/run.js';

/** A fresh folder holding `n` short German articles. */
function folder(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'faktum-jobs-'));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `a${i}.txt`), 'Bahnchef Richard Lutz trat am Montag in Berlin zurück.');
  return dir;
}

// Regression (issue 17): on two cores `--jobs 2` was the default, and whole runs were no faster than one worker
// while 180 MB larger; the main thread, V8's helper threads and the writes take a core's share beside one worker.
describe('defaultJobs: one worker per core beyond the first', () => {
  const many = folder(3);
  it.each([
    ['a folder on two cores: one worker', [many], 2, 1],
    ['a folder on four cores: three', [many], 4, 3],
    ['a folder on one core: one', [many], 1, 1],
    ['a folder on eight cores: seven', [many], 8, 7],
    ['three article files on eight cores: two (one fewer than the files)', ['a0.txt', 'a1.txt', 'a2.txt'].map((f) => join(many, f)), 8, 2],
    ['one article file on eight cores: one, in this thread', [join(many, 'a0.txt')], 8, 1],
  ] as const)('%s', (_case, inputs, cores, expected) => {
    expect(defaultJobs([...inputs], cores)).toBe(expected);
  });
});
