import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, root, runFake } from '../batch/helpers.js';
import { article, ensureBuilt, inspectOutput, tmp } from './helpers.js';

/** A path with a name in Latin-1 bytes (not UTF-8), as an archive from an old Windows or Linux system holds it. */
const latin1 = (dir: string, name: string) => Buffer.concat([Buffer.from(`${dir}/`), Buffer.from(name, 'latin1')]);

const GERMAN = 'Der Müller-Bericht: Die Bundesregierung in Berlin hat am Montag mit den Ländern über die Strompreise beraten. Bundeskanzler Olaf Scholz sprach in München mit Vertretern der Wirtschaft.\n';

/** `faktum run` as a user runs it, with --json: the summary of its last line, exit code and standard error. */
function faktumRun(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'faktum.js'), 'run', ...args, '--json'], { encoding: 'utf8' });
  const last = result.stdout.trim().split('\n').pop() ?? '';
  return { code: result.status, stderr: result.stderr, summary: last.startsWith('{') ? JSON.parse(last) : undefined };
}

describe('a Latin-1 (non-UTF-8) file name is read, not reported as "no such file" (issue 18, item 10)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('bin/faktum.js run: M\\xfcller-Bericht.txt is processed into Müller-Bericht.jsonld, and a rerun skips it', () => {
    const input = join(tmp('faktum-latin1-'), 'in');
    mkdirSync(input);
    writeFileSync(latin1(input, 'M\xfcller-Bericht.txt'), GERMAN);
    const out = join(tmp('faktum-latin1-out-'), 'out');
    const first = faktumRun(input, '--out', out, '--jobs', '2');
    expect(first.stderr).not.toMatch(/no such file/);
    expect(first).toMatchObject({ code: 0, summary: { processed: 1, failed: 0 } });
    expect(existsSync(join(out, 'Müller-Bericht.jsonld'))).toBe(true);
    expect(readFileSync(join(out, 'all.nq'), 'utf8')).toMatch(/Bundesregierung/);
    const rerun = faktumRun(input, '--out', out, '--jobs', '2');
    expect(rerun).toMatchObject({ code: 0, summary: { processed: 0, upToDate: 1, failed: 0 } });
  }, 120_000);

  it('bin/faktum.js run: a Latin-1 name that decodes to an existing UTF-8 name gets the duplicate-output error, not a crash', () => {
    const input = join(tmp('faktum-latin1-'), 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'Müller-Bericht.txt'), GERMAN);
    writeFileSync(latin1(input, 'M\xfcller-Bericht.txt'), GERMAN.replace('Montag', 'Dienstag'));
    const out = join(tmp('faktum-latin1-out-'), 'out');
    const run = faktumRun(input, '--out', out, '--jobs', '2');
    expect(run).toMatchObject({ code: 1, summary: { processed: 1, failed: 1 } });
    expect(errorsOf(out)).toEqual([
      { file: join(input, 'M\\xfcller-Bericht.txt'), reason: 'output Müller-Bericht.jsonld is already written by another input of this run', ruleId: 'output-collision', place: null },
    ]);
    // The UTF-8 file (sorted first among names that decode alike) is the one written.
    expect(readFileSync(join(out, 'Müller-Bericht.jsonld'), 'utf8')).toMatch(/Montag/);
  }, 120_000);
});

describe('Latin-1 names with the stand-in pipeline: folders, JSON Lines, failures shown with \\xNN', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it.each([
    ['a Latin-1 folder name', (dir: string) => {
      mkdirSync(latin1(dir, 'Gr\xfc\xdfe'));
      writeFileSync(latin1(dir, 'Gr\xfc\xdfe/Brief.txt'), article(1));
    }, ['Grüße/Brief.jsonld'], ['Gr\\xfc\\xdfe/Brief.txt']],
    ['a JSON Lines file named in Latin-1', (dir: string) => {
      writeFileSync(latin1(dir, 'Meldungen-M\xe4rz.jsonl'), [{ id: 'a', text: article(2) }, { id: 'b', text: article(3) }].map((r) => JSON.stringify(r)).join('\n'));
    }, ['Meldungen-März/a.jsonld', 'Meldungen-März/b.jsonld'], ['Meldungen-M\\xe4rz.jsonl#a', 'Meldungen-M\\xe4rz.jsonl#b']],
    ['a Latin-1 name beside UTF-8 ones, in name order', (dir: string) => {
      writeFileSync(join(dir, 'Zeitung.txt'), article(4));
      writeFileSync(latin1(dir, '\xc4rzte.txt'), article(5));
      writeFileSync(join(dir, 'Bäcker.txt'), article(6));
    }, ['Bäcker.jsonld', 'Zeitung.jsonld', 'Ärzte.jsonld'], ['Bäcker.txt', 'Zeitung.txt', '\\xc4rzte.txt']],
  ])('%s: written under the Latin-1 reading of its name, keyed by the \\xNN form, skipped on a rerun', async (_name, make, outputs, keys) => {
    const input = tmp('faktum-latin1-fake-');
    make(input);
    const out = tmp('faktum-latin1-fake-out-');
    expect(await runFake({ inputs: [input], out })).toMatchObject({ processed: outputs.length, failed: 0 });
    const found = inspectOutput(out);
    expect(found.problems).toEqual([]);
    expect(found.outputs.sort()).toEqual([...outputs].sort());
    expect(found.manifestInputs).toEqual(keys);
    expect(await runFake({ inputs: [input], out })).toMatchObject({ processed: 0, upToDate: outputs.length });
  }, 60_000);

  it.each([
    ['an empty Latin-1 file', 'Leer-\xe4.txt', '', /empty/],
    ['a Latin-1 JSON file that is no JSON', 'Kaputt-\xfc.json', '{"text": ', /invalid JSON/],
  ])('%s fails with its name shown readably in errors.jsonl', async (_name, name, content, reason) => {
    const input = tmp('faktum-latin1-bad-');
    writeFileSync(latin1(input, name), content);
    const out = tmp('faktum-latin1-bad-out-');
    expect(await runFake({ inputs: [input], out })).toMatchObject({ processed: 0, failed: 1 });
    const [error] = errorsOf(out);
    expect(error.file).toBe(join(input, name.replace(/[\x80-\xff]/g, (c) => `\\x${c.charCodeAt(0).toString(16)}`)));
    expect(error.reason).toMatch(reason);
    expect(error.reason).not.toMatch(/no such file|\ufffd/);
  }, 60_000);
});
