import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalCommand } from '../../../src/cli/eval.js';
import type { EvalApi } from '../../../src/eval/pipeline-api.js';
import { fakeApi } from '../fake-api.js';

const DATA = process.env.FAKTUM_DATA ?? '../shared/data';
const hasData = existsSync(join(DATA, 'leipzig-deu-news/deu_news_2015_10K-sentences.txt'));
if (!hasData) console.log(`skipping real-news NER data tests: ${DATA}/leipzig-deu-news is not here`);

/** Runs `faktum eval` with captured output. */
async function run(args: string[], api?: EvalApi) {
  let out = '';
  let err = '';
  const code = await evalCommand(args, { api, out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe.skipIf(!hasData)('faktum eval realnews on the Leipzig data', () => {
  it('scores the 2015 gold with a fake pipeline: Euro as OTH only', async () => {
    const r = await run(['realnews', '--data', DATA, '--gold', 'corpus/ner/leipzig-2015.gold.json', '--json'], fakeApi({ Euro: { type: 'OTH' } }));
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out.trim().split('\n').pop()!);
    expect(report.sets.map((s: { year: number; scores: { sentences: number } }) => [s.year, s.scores.sentences])).toEqual([[2015, 300]]);
    expect(report.overall.perType.OTH.tp).toBeGreaterThan(10);
    expect(report.overall.perType.PER.tp).toBe(0);
  });

  it('refuses a gold file with a wrong anchor, naming file and mention', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faktum-realnews-')), 'bad.gold.json');
    writeFileSync(file, JSON.stringify({ year: 2015, sentences: [9600], mentions: [{ sentence: 9600, start: 0, end: 3, anchor: 'Wück', label: 'PER' }] }));
    const r = await run(['realnews', '--data', DATA, '--gold', file], fakeApi({}));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: mention 1 \\(sentence 9600, 0-3 "Wück"\\): the sentence has`));
  });

  it('runs the real pipeline on every gold file and reports per-label scores', async () => {
    const r = await run(['realnews', '--data', DATA, '--json']);
    expect(r.err).toBe('');
    const report = JSON.parse(r.out.trim().split('\n').pop()!);
    expect(report.sets.length).toBeGreaterThanOrEqual(1);
    for (const label of ['PER', 'ORG', 'LOC', 'OTH']) expect(report.overall.perType[label].tp + report.overall.perType[label].fn).toBeGreaterThan(0);
    expect(report.overall.micro.f1).toBeGreaterThan(0.3);
  }, 120_000);
});
