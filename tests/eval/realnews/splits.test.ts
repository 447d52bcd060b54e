import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalCommand } from '../../../src/cli/eval.js';
import { isRealNewsSplit, realNewsGoldFiles, realNewsSplitFiles } from '../../../src/eval/realnews/splits.js';
import { fakeApi } from '../fake-api.js';

// A tiny stand-in for the Leipzig 2015 file and for corpus/ner: our own sentences, no Leipzig text.
const root = mkdtempSync(join(tmpdir(), 'faktum-realnews-split-'));
const data = join(root, 'data');
const corpus = join(root, 'corpus');
mkdirSync(join(data, 'leipzig-deu-news'), { recursive: true });
mkdirSync(join(corpus, 'ner'), { recursive: true });
const SENTENCES = [
  'Kanzlerin Angela Merkel besuchte am Montag Leipzig.',
  'Der FC Bayern München gewann in Dortmund.',
  'Die Deutsche Bahn erhöht die Preise um zwei Euro.',
];
writeFileSync(join(data, 'leipzig-deu-news', 'deu_news_2015_10K-sentences.txt'), SENTENCES.map((s, i) => `${i + 1}\t${s}\n`).join(''));
/** A gold mention of sentence `id` (1-based), its offsets found from the surface. */
function mention(id: number, anchor: string, label: string) {
  const start = SENTENCES[id - 1].indexOf(anchor);
  return { sentence: id, start, end: start + anchor.length, anchor, label };
}
writeFileSync(join(corpus, 'ner', 'leipzig-2015.gold.json'), JSON.stringify({
  year: 2015, sentences: [1], mentions: [mention(1, 'Angela Merkel', 'PER'), mention(1, 'Leipzig', 'LOC')],
}));
writeFileSync(join(corpus, 'ner', 'leipzig-2015.test.json'), JSON.stringify({
  year: 2015,
  sentences: [2, 3],
  mentions: [mention(2, 'FC Bayern München', 'ORG'), mention(2, 'Dortmund', 'LOC'), mention(3, 'Deutsche Bahn', 'ORG'), mention(3, 'Euro', 'OTH')],
}));
// Finds Merkel, Leipzig, Bayern and Euro; Dortmund as the club (wrong), Deutsche Bahn not at all.
const api = () => fakeApi({ 'Angela Merkel': { type: 'PER' }, Leipzig: { type: 'LOC' }, 'FC Bayern München': { type: 'ORG' }, Dortmund: { type: 'ORG' }, Euro: { type: 'OTH' } });

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await evalCommand(args, { api: api(), out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err, json: () => JSON.parse(out.trim().split('\n').pop()!) };
}

describe('real-news NER splits', () => {
  it.each([
    ['dev', ['leipzig-2015.gold.json', 'leipzig-2020.gold.json']],
    ['test', ['leipzig-2015.test.json', 'leipzig-2020.test.json']],
  ] as const)('the %s split names one file per year', (split, names) => {
    expect(realNewsSplitFiles('corpus/ner', split)).toEqual(names.map((n) => join('corpus/ner', n)));
  });

  it('keeps the files that exist, and throws naming those looked for when none does', () => {
    expect(realNewsGoldFiles(join(corpus, 'ner'), 'test')).toEqual([join(corpus, 'ner', 'leipzig-2015.test.json')]);
    expect(() => realNewsGoldFiles(join(root, 'nowhere'), 'test')).toThrow(/no gold file of the test split: none of .*leipzig-2015\.test\.json/);
  });

  it.each([['dev', true], ['test', true], ['train', false], ['Test', false]] as const)('isRealNewsSplit(%j) is %j', (name, ok) => {
    expect(isRealNewsSplit(name)).toBe(ok);
  });
});

describe('faktum eval realnews --split', () => {
  it('--split test scores the held-out files only, without gate or error lines', async () => {
    const r = await run(['realnews', '--split', 'test', '--corpus', corpus, '--data', data, '--json']);
    expect([r.code, r.err]).toEqual([0, '']);
    const report = r.json();
    expect(report.split).toBe('test');
    expect(report.gate).toBeUndefined();
    expect(report.sets.map((s: { file: string }) => s.file)).toEqual([join(corpus, 'ner', 'leipzig-2015.test.json')]);
    const { tp, fp, fn } = report.overall.micro;
    expect({ tp, fp, fn }).toEqual({ tp: 2, fp: 1, fn: 2 });
    expect(report.overall.perType.ORG).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(report.overall.errors).toEqual([]);
  });

  it('--split test as text: per-label tables, a note instead of the errors', async () => {
    const r = await run(['realnews', '--split', 'test', '--corpus', corpus, '--data', data]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/held-out TEST split/);
    expect(r.out).toMatch(/^OTH\s+1\s+1\s+1\s+100\.0\s+100\.0\s+100\.0$/m);
    expect(r.out).toMatch(/Errors are not printed for the test split/);
    expect(r.out).not.toMatch(/Dortmund/);
  });

  it.each([[[]], [['--split', 'dev']]])('the dev split stays the default (%j)', async (extra) => {
    const r = await run(['realnews', ...extra, '--corpus', corpus, '--data', data, '--json']);
    expect(r.code).toBe(0);
    const report = r.json();
    expect(report.sets.map((s: { file: string }) => s.file)).toEqual([join(corpus, 'ner', 'leipzig-2015.gold.json')]);
    expect(report.overall.micro).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it.each([
    [['realnews', '--split', 'train'], /unknown split "train" \(expected "dev" or "test"\)/],
    [['realnews', '--split', 'test', '--baseline', 'corpus/baseline-realnews.json'], /--split test is report-only/],
    [['realnews', '--split', 'test', '--update-baseline'], /--split test is report-only/],
    [['realnews', '--split', 'test', '--gold', 'x.json'], /--split and --gold exclude each other/],
    [['corpus', '--split', 'test'], /--split is for `faktum eval realnews`/],
  ])('%j exits 2 with a clear message', async (args, message) => {
    const r = await run([...args, '--corpus', corpus, '--data', data]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
