import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalCommand } from '../../src/cli/eval.js';
import { fakeApi } from './fake-api.js';

const GERMEVAL = [
  '#\thttp://example.org/1\t[2024-01-01]',
  '1\tDie\tO\tO',
  '2\tUniversität\tB-ORG\tO',
  '3\tBerlin\tI-ORG\tB-LOC',
  '4\tliegt\tO\tO',
  '5\tin\tO\tO',
  '6\tBerlin\tB-LOC\tO',
  '',
  '#\thttp://example.org/2\t[2024-01-01]',
  '1\tMerkel\tB-PER\tO',
  '2\tlacht\tO\tO',
  '',
].join('\n');

const ARTICLE = '\ufeffNvidia-Chef Jensen Huang besucht China.';
const GOLD = {
  article: 'de/a.txt',
  mentions: [
    { id: 'm1', start: 0, end: 6, text: 'Nvidia', label: 'ORGpart' },
    { id: 'm2', start: 12, end: 24, text: 'Jensen Huang', label: 'PER' },
    { id: 'm3', start: 33, end: 38, text: 'China', label: 'LOC' },
  ],
  entities: [
    { id: 'e1', name: 'Nvidia', type: 'ORG', qid: 'Q182477', mentions: ['m1'] },
    { id: 'e2', name: 'Jensen Huang', type: 'PER', mentions: ['m2'] },
    { id: 'e3', name: 'China', type: 'LOC', qid: 'Q148', mentions: ['m3'] },
  ],
  relations: [{ subject: 'e2', predicate: 'headOf', object: 'e1', evidence: { start: 0, end: 39 } }],
};

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'faktum-eval-'));
  writeFileSync(join(dir, 'dev.tsv'), GERMEVAL);
  mkdirSync(join(dir, 'corpus', 'de'), { recursive: true });
  mkdirSync(join(dir, 'corpus', 'gold'), { recursive: true });
  writeFileSync(join(dir, 'corpus', 'de', 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'corpus', 'gold', 'a.json'), JSON.stringify(GOLD));
  return dir;
}

async function run(args: string[], api = fakeApi({ Berlin: { type: 'LOC' }, Merkel: { type: 'PER' } })) {
  let stdout = '';
  let stderr = '';
  const code = await evalCommand(args, { api, out: (s) => (stdout += s), err: (s) => (stderr += s) });
  const lines = stdout.trim().split('\n');
  return { code, stdout, stderr, last: lines[lines.length - 1] };
}

const good = () => fakeApi({ Nvidia: { type: 'ORG', kind: 'part', qid: 'Q182477' }, 'Jensen Huang': { type: 'PER' }, China: { type: 'LOC', qid: 'Q148' } });
const worse = () => fakeApi({ Nvidia: { type: 'ORG', kind: 'part' }, 'Jensen Huang': { type: 'PER' } });

describe('faktum eval --conll', () => {
  it('prints conlleval-style views, and JSON on the last line with --json', async () => {
    const dir = workspace();
    const text = await run(['--conll', join(dir, 'dev.tsv')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/outer \(4 main types/);
    expect(text.stdout).toMatch(/official/);
    const json = await run(['--conll', join(dir, 'dev.tsv'), '--json']);
    const report = JSON.parse(json.last);
    // Gold: outer ORG, LOC, PER + inner LOC. Predicted: outer LOC (inside the ORG: wrong span), LOC, PER.
    expect(report.outer.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(report.outer.micro.f1).toBeCloseTo(2 / 3);
    expect(report.official).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(report.official.f1).toBeCloseTo(4 / 7);
    expect(report.outer12.micro.f1).toBeCloseTo(2 / 3);
  });

  it('updates and gates on a GermEval baseline keyed by file name', async () => {
    const dir = workspace();
    const baseline = join(dir, 'baseline-germeval.json');
    expect((await run(['--conll', join(dir, 'dev.tsv'), '--update-baseline', '--baseline', baseline])).code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(baseline, 'utf8')).runs)).toEqual(['conll:dev.tsv']);
    expect((await run(['--conll', join(dir, 'dev.tsv'), '--baseline', baseline])).code).toBe(0);
    const failed = await run(['--conll', join(dir, 'dev.tsv'), '--baseline', baseline], fakeApi({ Berlin: { type: 'LOC' } }));
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/outer\.perType\.PER\.f1: 100\.00 -> 0\.00 \(-100\.00 points, allowed 3\.00\)/);
    expect(failed.stderr).toMatch(/official\.f1/);
  });
});

describe('faktum eval corpus', () => {
  it('scores mentions, documents, links and relations', async () => {
    const dir = workspace();
    const r = await run(['corpus', '--corpus', join(dir, 'corpus'), '--json', '--pipeline', 'de-news'], good());
    expect(r.code).toBe(0);
    const report = JSON.parse(r.last);
    expect(report.pipeline).toBe('de-news');
    expect(report.mentions.strict.micro.f1).toBe(1); // offsets count after the BOM
    expect(report.documents.micro).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(report.links).toMatchObject({ accuracy: 1, found: 2, precision: 1, recall: 1 });
    expect(report.relations.micro).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it('prints a readable table by default', async () => {
    const dir = workspace();
    const r = await run(['corpus', '--corpus', join(dir, 'corpus')], good());
    expect(r.stdout).toMatch(/Mentions \(SemEval-2013 schemes\)/);
    expect(r.stdout).toMatch(/ORGpart/);
    expect(r.stdout).toMatch(/Relations/);
  });

  it('passes the gate on the same run and fails naming each metric that dropped', async () => {
    const dir = workspace();
    const baseline = join(dir, 'baseline.json');
    const corpus = join(dir, 'corpus');
    expect((await run(['corpus', '--corpus', corpus, '--update-baseline', '--baseline', baseline], good())).code).toBe(0);
    const metrics = JSON.parse(readFileSync(baseline, 'utf8')).runs['corpus:default'].metrics;
    expect(metrics).toHaveProperty(['mentions.strict.micro.f1']);
    expect(metrics).toHaveProperty(['mentions.partial.perType.LOC.f1']);
    expect(metrics).toHaveProperty(['documents.micro.f1']);
    expect(metrics).toHaveProperty(['links.accuracy']);
    expect((await run(['corpus', '--corpus', corpus, '--baseline', baseline], good())).code).toBe(0);
    const failed = await run(['corpus', '--corpus', corpus, '--baseline', baseline, '--json'], worse());
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/mentions\.strict\.perType\.LOC\.f1: 100\.00 -> 0\.00/);
    expect(failed.stderr).toMatch(/links\.f1/);
    expect(JSON.parse(failed.last).gate.passed).toBe(false);
  });

  it('refuses articles without gold', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'corpus', 'de', 'b.txt'), 'Text');
    const r = await run(['corpus', '--corpus', join(dir, 'corpus')], good());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/without gold annotations:[\s\S]*b\.json/);
  });
});

describe('faktum eval usage', () => {
  it.each([
    [['--bogus'], /unknown option '--bogus'/],
    [[], /either `corpus`, `links`, `realnews`, `uner` or `--conll FILE`/],
    [['corpus', '--conll', 'x.tsv'], /either `corpus`, `links`, `realnews`, `uner` or `--conll FILE`/],
    [['elsewhere'], /unknown target "elsewhere"/],
    [['--conll'], /argument missing/],
    [['--conll', '/nonexistent.tsv'], /nonexistent\.tsv/],
  ])('%j exits 2', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--help exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--update-baseline/);
  });
});
