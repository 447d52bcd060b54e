import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitFile, tempPath, writeFileAtomicAsync } from '../../src/batch/atomic-write.js';
import { tmp } from './helpers.js';

const text = '{"schema:headline": "Bundestag beschließt Haushalt für 2026 – Opposition übt Kritik"}\n';

describe('writeFileAtomicAsync: the atomic write through the libuv pool', () => {
  it.each([
    ['text, flushed', text, true],
    ['text, not flushed', text, false],
    ['bytes, flushed', new TextEncoder().encode(text), true],
    ['bytes, not flushed (the callback path)', new TextEncoder().encode(text), false],
  ])('%s: the whole file under its name, no temporary file left', async (_name, data, fsync) => {
    const dir = tmp();
    const path = join(dir, 'bundestag-haushalt.jsonld');
    await writeFileAtomicAsync(path, data, { fsync });
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['bundestag-haushalt.jsonld']);
  });

  const failures: Array<[string, (dir: string) => unknown, string, RegExp]> = [
    ['a folder where the file should be', (dir) => mkdirSync(join(dir, 'koeln.jsonld', 'x'), { recursive: true }), 'koeln.jsonld', /EISDIR|ENOTEMPTY|EEXIST/],
    ['a missing folder', () => {}, 'fehlt/koeln.jsonld', /ENOENT/],
  ];
  it.each(failures.flatMap(([name, prepare, file, code]) => [true, false].map((fsync) => [name, prepare, file, code, fsync] as const)))('%s (fsync %s): rejects with the system error, leaves no temporary file', async (_name, prepare, name, code, fsync) => {
    const dir = tmp();
    prepare(dir);
    const error = await writeFileAtomicAsync(join(dir, name), text, { fsync }).then(() => undefined, (e: NodeJS.ErrnoException) => e);
    expect(error?.code).toMatch(code);
    expect(existsSync(tempPath(join(dir, name)))).toBe(false);
  });

  it.each([true, false])('two writes of one output at once (fsync %s): one after the other, the last one wins, whole (regression: one temporary file for both)', async (fsync) => {
    const dir = tmp();
    const path = join(dir, 'muenchen.jsonld');
    const first = 'München '.repeat(200_000);
    const second = 'Hamburg\n';
    await Promise.all([writeFileAtomicAsync(path, first, { fsync }), writeFileAtomicAsync(path, second, { fsync })]);
    expect(readFileSync(path, 'utf8')).toBe(second);
    expect(readdirSync(dir)).toEqual(['muenchen.jsonld']);
  });
});

describe('commitFile: flushes a temporary file written elsewhere and gives it its name', () => {
  it('renames the temporary file over the name', async () => {
    const dir = tmp();
    writeFileSync(join(dir, '.task-1.faktum-tmp'), text);
    writeFileSync(join(dir, 'segment.nq'), 'alt\n');
    await commitFile(join(dir, '.task-1.faktum-tmp'), join(dir, 'segment.nq'));
    expect(readdirSync(dir)).toEqual(['segment.nq']);
    expect(readFileSync(join(dir, 'segment.nq'), 'utf8')).toBe(text);
  });

  it('rejects when the temporary file is missing, and leaves the old file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'segment.nq'), 'alt\n');
    await expect(commitFile(join(dir, '.task-2.faktum-tmp'), join(dir, 'segment.nq'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readFileSync(join(dir, 'segment.nq'), 'utf8')).toBe('alt\n');
  });
});
