import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneArticleInput } from '../../src/cli/one-article.js';

/** A fresh folder holding `files` (relative paths) with a German sentence each. */
function folder(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'faktum-one-'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'Nvidia-Chef Jensen Huang traf Donald Trump in Washington.');
  }
  return dir;
}

describe('oneArticleInput: a run that starts fast in this thread (regression: a folder of one article started two workers and a second process)', () => {
  it.each([
    ['one article file', (d: string) => [join(d, 'a.txt')], ['a.txt'], true],
    ['a folder holding one article', (d: string) => [d], ['a.txt'], true],
    ['a folder holding one article a level down', (d: string) => [d], ['2025/05/a.html'], true],
    ['a folder of two articles', (d: string) => [d], ['a.txt', 'b.txt'], false],
    ['a folder of one JSON lines file (many documents)', (d: string) => [d], ['news.jsonl'], false],
    ['a JSON lines file', (d: string) => [join(d, 'news.jsonl')], ['news.jsonl'], false],
    ['two article files', (d: string) => [join(d, 'a.txt'), join(d, 'b.txt')], ['a.txt', 'b.txt'], false],
    ['an empty folder', (d: string) => [d], [], false],
  ])('%s', (_case, inputs, files, expected) => {
    expect(oneArticleInput(inputs(folder(files)))).toBe(expected);
  });

  it('standard input is never one article (its length is unknown before reading)', () => {
    expect(oneArticleInput(['-'])).toBe(false);
  });
});
