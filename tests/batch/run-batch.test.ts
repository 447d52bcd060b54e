import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { ensureBuilt, errorsOf, root, runFake, tmp } from './helpers.js';

const de = (topic: string) =>
  `${topic}\n\nDie Bundesregierung hat am Montag in Berlin neue Regeln für ${topic} beschlossen. Der Minister sagte, man wolle die Wirtschaft stärken und die Verbraucher entlasten.\n`;
const en = 'The government announced new rules on Monday in London. The minister said the measures would help the economy and protect consumers from rising prices.\n';
const fr = "Le gouvernement a annoncé lundi de nouvelles règles à Paris. Le ministre a déclaré que les mesures aideraient l'économie et protégeraient les consommateurs.\n";


/** Files of an output folder, without the N-Quads segments under .faktum/ (the manifest names them). */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.name !== '.faktum').flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  ).sort();
}

/** A corpus with one good file of each kind. */
function corpus(): string {
  const dir = tmp('faktum-in-');
  mkdirSync(join(dir, 'de', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'de', 'a.txt'), de('Strompreise'));
  writeFileSync(join(dir, 'de', 'sub', 'b.md'), de('Mieten'));
  writeFileSync(join(dir, 'de', 'c.html'), readFileSync(join(root, 'tests', 'fixtures', 'batch', 'article.html')));
  writeFileSync(join(dir, 'de', 'latin1.txt'), iconv.encode(de('Grüße aus Köln'), 'windows-1252'));
  writeFileSync(join(dir, 'en.txt'), en);
  writeFileSync(join(dir, 'fr.txt'), fr);
  writeFileSync(join(dir, 'feed.jsonl'), `${JSON.stringify({ id: 'x1', text: de('Renten'), title: 'Renten' })}\n${JSON.stringify({ id: 'x2', body: de('Pflege') })}\n`);
  writeFileSync(join(dir, 'notes.csv'), 'ignored');
  writeFileSync(join(dir, '.hidden.txt'), de('Versteckt'));
  return dir;
}

describe('runBatch with good inputs', () => {
  it('writes one JSON-LD per article, all.nq, the manifest, and routes languages', async () => {
    const input = corpus();
    const out = tmp();
    const summary = await runFake({ inputs: [input], out });
    expect(summary).toMatchObject({ processed: 7, failed: 0, skipped: 1, otherLanguage: 1 });
    expect(listFiles(out)).toEqual([
      '.faktum-manifest.jsonl', 'all.nq', 'de/a.jsonld', 'de/c.jsonld', 'de/latin1.jsonld', 'de/sub/b.jsonld',
      'en.jsonld', 'errors.jsonl', 'feed/x1.jsonld', 'feed/x2.jsonld', 'skipped.jsonl',
    ]);
    const c = JSON.parse(readFileSync(join(out, 'de', 'c.jsonld'), 'utf8'));
    expect(c['schema:headline']).toBe('Nvidia darf wieder Chips nach China liefern');
    expect(c['schema:url']).toBe('https://example.org/wirtschaft/nvidia-china');
    expect(c['schema:inLanguage']).toBe('de');
    expect(c['schema:publisher']).toBe('de-news');
    const e = JSON.parse(readFileSync(join(out, 'en.jsonld'), 'utf8'));
    expect(e['schema:publisher']).toBe('en-news');
    expect(JSON.parse(readFileSync(join(out, 'de', 'latin1.jsonld'), 'utf8'))['schema:text']).toContain('Grüße aus Köln');
    expect(JSON.parse(readFileSync(join(out, 'feed', 'x1.jsonld'), 'utf8'))['schema:headline']).toBe('Renten');
    expect(readFileSync(join(out, 'skipped.jsonl'), 'utf8')).toContain('language fr has no pipeline');
    const manifest = readFileSync(join(out, '.faktum-manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(manifest.map((m) => m.input)).toEqual(['de/a.txt', 'de/c.html', 'de/latin1.txt', 'de/sub/b.md', 'en.txt', 'feed.jsonl#x1', 'feed.jsonl#x2']);
    expect(manifest[0]).toMatchObject({ output: 'de/a.jsonld', pipeline: 'de-news fake.v1 model=fake-1' });
    expect(manifest[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('--lang overrides the detection', async () => {
    const input = corpus();
    const out = tmp();
    const summary = await runFake({ inputs: [join(input, 'fr.txt'), join(input, 'en.txt')], out, lang: 'de' });
    expect(summary).toMatchObject({ processed: 2, skipped: 0 });
    expect(JSON.parse(readFileSync(join(out, 'fr.jsonld'), 'utf8'))['schema:publisher']).toBe('de-news');
  });

  it('reads standard input as -', async () => {
    const { Readable } = await import('node:stream');
    const out = tmp();
    const summary = await runFake({ inputs: ['-'], out, stdin: Readable.from([Buffer.from(de('Stdin'))]) });
    expect(summary.processed).toBe(1);
    expect(existsSync(join(out, 'stdin.jsonld'))).toBe(true);
  });

  it('is byte-reproducible with SOURCE_DATE_EPOCH', async () => {
    const input = corpus();
    const [a, b] = [tmp(), tmp()];
    process.env.SOURCE_DATE_EPOCH = '1752566400';
    try {
      await runFake({ inputs: [input], out: a });
      await runFake({ inputs: [input], out: b });
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
    for (const f of listFiles(a)) expect(readFileSync(join(b, f)), f).toEqual(readFileSync(join(a, f)));
  });
});

describe('runBatch with bad inputs: each fails alone, the run goes on', () => {
  async function runOne(name: string, content: string | Buffer, extra: Parameters<typeof runFake>[0] extends infer O ? Partial<O> : never = {}) {
    const dir = tmp('faktum-in-');
    writeFileSync(join(dir, 'good.txt'), de('Gut'));
    writeFileSync(join(dir, name), content);
    const out = tmp();
    const summary = await runFake({ inputs: [dir], out, ...extra });
    expect(summary.processed).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(out, 'good.jsonld'))).toBe(true);
    return { summary, errors: errorsOf(out), out, dir };
  }

  it('empty file', async () => {
    const { summary, errors } = await runOne('empty.txt', '');
    expect(summary.failed).toBe(1);
    expect(errors[0]).toMatchObject({ reason: 'empty file', place: null });
    expect(errors[0].file).toMatch(/empty\.txt$/);
  });

  it('binary file', async () => {
    const { errors } = await runOne('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1]));
    expect(errors).toHaveLength(1);
    expect(errors[0].reason).toMatch(/binary/);
  });

  it('invalid UTF-8', async () => {
    const { errors } = await runOne('bad.txt', Buffer.concat([Buffer.from('Müller\nsagt '), Buffer.from([0xc3, 0x28])]));
    expect(errors[0].reason).toMatch(/invalid UTF-8/);
    expect(errors[0].place).toBe('2:6');
  });

  it('a file over --max-bytes', async () => {
    const { errors } = await runOne('big.txt', de('Groß').repeat(100), { maxBytes: 2000 });
    expect(errors[0].reason).toMatch(/over the limit of 2000 \(--max-bytes\)/);
  });

  it('broken HTML without text fails, broken HTML with text is read', async () => {
    const { summary, errors, out } = await runOne('broken.html', '<html><body><div><script>x()</script><nav><a>Start</a></nav></span></html');
    expect(summary.failed).toBe(1);
    expect(errors[0].reason).toMatch(/HTML page without main text/);
    const ok = await runOne('half.html', '<html><head><title>Halb</title><body><p>Die Bahn erhöht die Preise um <b>fünf Prozent.<p>Der Bahnchef sagte am Montag, das sei nötig.</div>');
    expect(ok.summary.failed).toBe(0);
    expect(JSON.parse(readFileSync(join(ok.out, 'half.jsonld'), 'utf8'))['schema:text']).toContain('fünf Prozent.');
    expect(out).toBeTruthy();
  });

  it('a JSONL file with one bad line: the others are processed, the bad line is reported with its line number', async () => {
    const lines = [JSON.stringify({ id: 'a', text: de('Eins') }), '{"id": "b", "text": "kaputt', JSON.stringify({ id: 'c', text: de('Drei') })];
    const { summary, errors, out } = await runOne('feed.jsonl', `${lines.join('\n')}\n`);
    expect(summary).toMatchObject({ processed: 3, failed: 1 });
    expect(existsSync(join(out, 'feed', 'a.jsonld')) && existsSync(join(out, 'feed', 'c.jsonld'))).toBe(true);
    expect(errors[0].reason).toMatch(/invalid JSON on line 2/);
    expect(errors[0].place).toMatch(/^2:\d+$/);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file', async () => {
    const dir = tmp('faktum-in-');
    writeFileSync(join(dir, 'good.txt'), de('Gut'));
    writeFileSync(join(dir, 'secret.txt'), de('Geheim'));
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const out = tmp();
    const summary = await runFake({ inputs: [dir], out });
    expect(summary).toMatchObject({ processed: 1, failed: 1 });
    expect(errorsOf(out)[0].reason).toMatch(/permission denied/);
  });

  it('a symlink loop', async () => {
    const dir = tmp('faktum-in-');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'good.txt'), de('Gut'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync('self', join(dir, 'self'));
    const out = tmp();
    const summary = await runFake({ inputs: [dir], out });
    expect(summary).toMatchObject({ processed: 1, failed: 2 });
    const reasons = errorsOf(out).map((e) => e.reason);
    expect(reasons.every((r) => r.startsWith('symlink loop'))).toBe(true);
  });

  it('names that would escape the output folder', async () => {
    const lines = [{ id: '../../escaped', text: de('Flucht') }, { id: 'a/../../../escaped2', text: de('Absolut') }, { id: 'ok', text: de('Gut') }];
    const { summary, errors, out } = await runOne('feed.jsonl', lines.map((l) => JSON.stringify(l)).join('\n'));
    expect(summary).toMatchObject({ processed: 2, failed: 2 });
    expect(errors.map((e) => e.reason).join('\n')).toMatch(/would escape the output folder/);
    expect(existsSync(join(out, '..', 'escaped.jsonld'))).toBe(false);
    expect(existsSync(join(out, 'feed', 'ok.jsonld'))).toBe(true);
  });

  it('a fatal pipeline message fails the document with its place', async () => {
    const { errors } = await runOne('fatal.txt', `${de('Fehler')}Hier steht FATAL.\n`);
    expect(errors[0]).toMatchObject({ reason: 'fake fatal error [fake.v1]', place: '4:12' });
  });

  it('regenerates its own earlier output without a manifest (a fresh clone with committed output)', async () => {
    const dir = tmp('faktum-in-');
    writeFileSync(join(dir, 'seed.txt'), de('Saat'));
    const out = tmp();
    writeFileSync(join(out, 'seed.jsonld'), readFileSync(join(root, 'tests', 'golden', '2025-07-nvidia-h20-china.jsonld')));
    expect(await runFake({ inputs: [dir], out })).toMatchObject({ processed: 1, failed: 0 });
    expect(readFileSync(join(out, 'seed.jsonld'), 'utf8')).toContain('Saat');
  });

  it('a bug in the pipeline fails that document only, in threads too', async () => {
    ensureBuilt();
    for (const jobs of [1, 2]) {
      const dir = tmp('faktum-in-');
      for (let i = 0; i < 6; i++) writeFileSync(join(dir, `d${i}.txt`), de(i === 1 ? 'CRASH' : `Gut ${i}`));
      const out = tmp();
      const summary = await runFake({ inputs: [dir], out, jobs });
      expect(summary).toMatchObject({ processed: 5, failed: 1 });
      expect(errorsOf(out)[0]).toMatchObject({ reason: 'internal error: fake stage bug', ruleId: 'crash' });
    }
  }, 60_000);

  // Issue 18, item 9: it used to fail each document routed to it (1,000 identical lines, exit 1).
  it('a pipeline the user names that cannot be opened is a usage error before any document, writing nothing', async () => {
    const dir = tmp('faktum-in-');
    writeFileSync(join(dir, 'de.txt'), de('Deutsch'));
    writeFileSync(join(dir, 'en.txt'), en);
    const out = join(tmp(), 'not-yet');
    const pipeline = join(dir, 'broken.json');
    writeFileSync(pipeline, JSON.stringify({ name: 'broken', lang: 'en', stages: [{ use: 'x.v1' }] }));
    await expect(runFake({ inputs: [join(dir, 'de.txt'), join(dir, 'en.txt')], out, pipeline })).rejects.toThrow(/pipeline .*broken.json cannot be opened: cannot open pipeline broken/);
    expect(existsSync(out)).toBe(false);
  });

  it('never overwrites a file it did not write', async () => {
    const dir = tmp('faktum-in-');
    writeFileSync(join(dir, 'a.txt'), de('A'));
    writeFileSync(join(dir, 'b.txt'), de('B'));
    const out = tmp();
    writeFileSync(join(out, 'b.jsonld'), 'mine');
    writeFileSync(join(out, '.faktum-manifest.jsonl'), '');
    const summary = await runFake({ inputs: [dir], out });
    expect(summary).toMatchObject({ processed: 1, failed: 1 });
    expect(readFileSync(join(out, 'b.jsonld'), 'utf8')).toBe('mine');
    expect(errorsOf(out)[0].reason).toMatch(/refusing to overwrite .*b\.jsonld/);
    await expect(runFake({ inputs: [dir], out: dir })).resolves.toMatchObject({ processed: 2 });
    const foreign = tmp();
    writeFileSync(join(foreign, 'all.nq'), 'theirs');
    await expect(runFake({ inputs: [dir], out: foreign })).rejects.toThrow(/refusing to overwrite .*all\.nq/);
  });
});

describe('resuming', () => {
  it('skips what is done, redoes changed inputs, and --force redoes everything', async () => {
    const input = corpus();
    const out = tmp();
    await runFake({ inputs: [input], out });
    const nq = readFileSync(join(out, 'all.nq'), 'utf8');
    const again = await runFake({ inputs: [input], out });
    expect(again).toMatchObject({ processed: 0, upToDate: 7, failed: 0 });
    expect(readFileSync(join(out, 'all.nq'), 'utf8')).toBe(nq);
    writeFileSync(join(input, 'de', 'a.txt'), de('Gaspreise'));
    expect(await runFake({ inputs: [input], out })).toMatchObject({ processed: 1, upToDate: 6 });
    expect(readFileSync(join(out, 'de', 'a.jsonld'), 'utf8')).toContain('Gaspreise');
    expect(await runFake({ inputs: [input], out, force: true })).toMatchObject({ processed: 7, upToDate: 0 });
    const lines = readFileSync(join(out, '.faktum-manifest.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(7);
  });
});

describe('sharding', () => {
  it('--shard 0/2 and 1/2 cover all inputs with no overlap', async () => {
    const dir = tmp('faktum-in-');
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `doc${i}.txt`), de(`Thema ${i}`));
    writeFileSync(join(dir, 'feed.jsonl'), [1, 2, 3, 4, 5, 6].map((i) => JSON.stringify({ id: `r${i}`, text: de(`Zeile ${i}`) })).join('\n'));
    symlinkSync('.', join(dir, 'loop'));
    const out = tmp();
    const a = await runFake({ inputs: [dir], out, shard: { index: 0, count: 2 } });
    const b = await runFake({ inputs: [dir], out, shard: { index: 1, count: 2 } });
    expect(a.processed + b.processed).toBe(18);
    expect(a.failed + b.failed).toBe(1);
    expect(a.processed).toBeGreaterThan(0);
    expect(b.processed).toBeGreaterThan(0);
    const manifest = (n: number) => readFileSync(join(out, `.faktum-manifest.shard-${n}-of-2.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l).input);
    const [m0, m1] = [manifest(0), manifest(1)];
    expect(m0.filter((x: string) => m1.includes(x))).toEqual([]);
    expect([...m0, ...m1].sort()).toHaveLength(18);
    expect(existsSync(join(out, 'all.shard-0-of-2.nq')) && existsSync(join(out, 'all.shard-1-of-2.nq'))).toBe(true);
  });
});

describe('worker threads', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('output is identical for --jobs 1 and --jobs 2', async () => {
    const input = corpus();
    for (let i = 0; i < 20; i++) writeFileSync(join(input, `n${String(i).padStart(2, '0')}.txt`), de(`Nummer ${i}`));
    const [one, two] = [tmp(), tmp()];
    process.env.SOURCE_DATE_EPOCH = '1752566400';
    try {
      await runFake({ inputs: [input], out: one, jobs: 1 });
      const s = await runFake({ inputs: [input], out: two, jobs: 2 });
      expect(s.processed).toBe(27);
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
    expect(listFiles(two)).toEqual(listFiles(one));
    for (const f of listFiles(one)) expect(readFileSync(join(two, f), 'utf8'), f).toBe(readFileSync(join(one, f), 'utf8'));
  }, 60_000);
});

describe('progress', () => {
  it('draws a bar on a terminal and still writes the same output', async () => {
    const { vi } = await import('vitest');
    const writes: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (writes.push(String(s)), true));
    try {
      const out = tmp();
      const summary = await runFake({ inputs: [corpus()], out, progress: true });
      expect(summary.processed).toBe(7);
    } finally {
      spy.mockRestore();
    }
    expect(writes.join('')).toMatch(/docs\/s/);
  });
});
