import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/cli/run.js';
import { projectRoot } from '../../src/pipeline/root.js';
import { tmp } from '../batch/helpers.js';
import { ensureBuilt } from '../helpers/build.js';

let stdout: string[];
let stderr: string[];

beforeEach(() => {
  stdout = [];
  stderr = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (stdout.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (stderr.push(String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

describe('faktum run: usage errors exit 2 with a message naming the problem', () => {
  it.each([
    [['corpus', '--out', 'x', '--frobnicate'], /unknown option '--frobnicate'/],
    [['corpus'], /--out/],
    [['--out', 'x'], /no inputs given/],
    [['does-not-exist.txt', '--out', 'x'], /no such file or folder: does-not-exist\.txt/],
    [['corpus', '--out', 'x', '--jobs', '0'], /--jobs takes a whole number >= 1, not "0"/],
    [['corpus', '--out', 'x', '--shard', '2/2'], /--shard 2\/2: need 0 <= i < n/],
    [['corpus', '--out', 'x', '--shard', 'half'], /--shard takes i\/n/],
    [['corpus', '--out', 'x', '--max-bytes', 'lots'], /--max-bytes takes a size/],
    [['corpus', '--out', 'x', '--kb', 'nope.jsonl'], /no such KB file: nope\.jsonl/],
    // Regression: a bad --kb failed every document (1,000 identical errors, exit 1) instead of once, exit 2.
    [['corpus', '--out', 'x', '--kb', 'bad-kb'], /bad KB file:\n.*bad\.jsonl:1: missing required field "name"/],
    // Regression: a pipeline file naming an unknown stage failed every document (exit 1) instead of once, exit 2.
    [['corpus', '--out', 'x', '--pipeline', 'bad-pipeline'], /cannot be opened: .*unknown stage "nope\.v1"/],
    [['corpus', '--out', 'x', '--lang', 'fr'], /--lang fr: no pipeline for it/],
    [['corpus', '--out', 'x', '--pipeline', 'no-such-pipeline'], /no such pipeline: no-such-pipeline/],
  ])('%j', async (args, message) => {
    const out = tmp();
    const badKb = join(tmp('faktum-kb-'), 'bad.jsonl');
    writeFileSync(badKb, '{"id":"org:x","type":"ORG","schemaType":"Corporation"}\n');
    const badPipeline = join(tmp('faktum-pipe-'), 'bad.json');
    writeFileSync(badPipeline, '{"name":"bad","lang":"de","stages":[{"use":"nope.v1"}]}\n');
    const resolved = args.map((a) => (a === 'x' ? out : a === 'bad-kb' ? badKb : a === 'bad-pipeline' ? badPipeline : a));
    expect(await runCommand(resolved)).toBe(2);
    expect(stderr.join('')).toMatch(message);
  });
});

describe('faktum run on a real article', () => {
  it('writes the JSON-LD and prints the summary as JSON on the last line', async () => {
    const input = tmp('faktum-in-');
    mkdirSync(join(input, 'de'));
    writeFileSync(
      join(input, 'de', 'bahn.txt'),
      'Bahn erhöht die Preise\n\nBerlin - Die Deutsche Bahn erhöht zum Fahrplanwechsel die Preise im Fernverkehr. Bahnchef Richard Lutz sagte am Montag in Berlin, das sei wegen gestiegener Energiekosten nötig.\n',
    );
    writeFileSync(join(input, 'empty.txt'), '');
    const out = tmp();
    const code = await runCommand([input, '--out', out, '--jobs', '1', '--json']);
    const lines = stdout.join('').trim().split('\n');
    const summary = JSON.parse(lines[lines.length - 1]);
    expect(summary).toMatchObject({ processed: 1, skipped: 0, failed: 1 });
    expect(code).toBe(1);
    expect(existsSync(join(out, 'de', 'bahn.jsonld'))).toBe(true);
    expect(readFileSync(join(out, 'all.nq'), 'utf8')).toMatch(/ \.\n$/);
    expect(readFileSync(join(out, 'errors.jsonl'), 'utf8')).toContain('"reason":"empty file"');
  }, 60_000);
});

describe('faktum run on two worker threads', () => {
  // Worker threads run the compiled pipeline (dist/): it must be a build of these sources.
  beforeAll(() => ensureBuilt(), 120_000);

  // The real pipeline, not the batch tests' fake one: each thread keeps its own word caches, computed in whatever
  // order its documents come, and the output of a pool must still equal that of a single thread, file for file.
  it('writes the same files for --jobs 2 as for --jobs 1 over the corpus articles', async () => {
    const outputs = [tmp(), tmp()];
    process.env.SOURCE_DATE_EPOCH = '1752566400';
    try {
      for (const [i, jobs] of ['1', '2'].entries()) expect(await runCommand(['corpus/de', '--out', outputs[i], '--jobs', jobs, '--json'])).toBe(0);
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
    const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.jsonld') || f.endsWith('.nq')).sort();
    expect(files(outputs[0]).length).toBeGreaterThan(30);
    expect(files(outputs[1])).toEqual(files(outputs[0]));
    for (const f of files(outputs[0])) expect(readFileSync(join(outputs[1], f), 'utf8'), f).toBe(readFileSync(join(outputs[0], f), 'utf8'));
  }, 120_000);
});

describe('faktum run from the command line with worker threads (Node started again with the batch V8 flags)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it.each([
    ['two articles', ['Nvidia-Chef Jensen Huang traf Donald Trump in Washington.', 'Die H20-Chips gehen nach China.'], 0, { processed: 2, failed: 0 }],
    ['an article and an empty file', ['Nvidia-Chef Jensen Huang traf Donald Trump in Washington.', ''], 1, { processed: 1, failed: 1 }],
  ])('%s: summary and exit code come through', (_name, texts, code, counts) => {
    const dir = tmp();
    const files = texts.map((text, i) => {
      const file = join(dir, `artikel-${i}.txt`);
      writeFileSync(file, text);
      return file;
    });
    const out = join(dir, 'out');
    const result = spawnSync(process.execPath, [join(projectRoot, 'bin', 'faktum.js'), 'run', ...files, '--jobs', '2', '--out', out, '--json'], { encoding: 'utf8' });
    expect(result.status).toBe(code);
    expect(JSON.parse(result.stdout.trim().split('\n').pop()!)).toMatchObject(counts);
  });
});
