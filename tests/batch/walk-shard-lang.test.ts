import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, tooShort } from '../../src/batch/lang.js';
import { outputTarget } from '../../src/batch/output.js';
import { inShard, parseShard } from '../../src/batch/shard.js';
import { walkInputs, type WalkItem } from '../../src/batch/walk.js';
import { tmp } from './helpers.js';

async function collect(roots: string[], exclude: string[] = []): Promise<WalkItem[]> {
  const items: WalkItem[] = [];
  for await (const item of walkInputs(roots, { exclude })) items.push(item);
  return items;
}

describe('walkInputs', () => {
  it('streams files in sorted order, recursively, passing over hidden, foreign and project files', async () => {
    const dir = tmp('faktum-walk-');
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, '.git'));
    for (const f of ['z.txt', 'a.html', 'b/c.md', 'b/d.jsonl', '.git/e.txt', 'x.png', 'README.md', 'b/f.json']) writeFileSync(join(dir, f), 'x');
    const items = await collect([dir, join(dir, 'z.txt')]);
    expect(items.map((i) => i.rel)).toEqual(['a.html', 'b/c.md', 'b/d.jsonl', 'b/f.json', 'z.txt', 'z.txt']);
  });

  it('reports symlink loops and missing roots instead of following them', async () => {
    const dir = tmp('faktum-walk-');
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'doc.txt'), 'x');
    symlinkSync('..', join(dir, 'a', 'loop'));
    const items = await collect([dir, join(dir, 'missing')]);
    expect(items.map((i) => [i.kind, i.rel])).toEqual([
      ['file', 'a/doc.txt'],
      ['error', 'a/loop'],
      ['error', 'missing'],
    ]);
  });

  it('does not descend into the output folder', async () => {
    const dir = tmp('faktum-walk-');
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'errors.jsonl'), '');
    writeFileSync(join(dir, 'a.txt'), 'x');
    expect((await collect([dir], [join(dir, 'out')])).map((i) => i.rel)).toEqual(['a.txt']);
  });
});

describe('shards', () => {
  it('parses i/n and splits keys deterministically into disjoint, covering shares', () => {
    expect(parseShard('1/3')).toEqual({ index: 1, count: 3 });
    expect(parseShard('3/3')).toMatch(/need 0 <= i < n/);
    const keys = Array.from({ length: 300 }, (_, i) => `folder/doc${i}.txt`);
    const shares = [0, 1, 2].map((index) => keys.filter((k) => inShard(k, { index, count: 3 })));
    expect(shares.flat().sort()).toEqual([...keys].sort());
    for (const share of shares) expect(share.length).toBeGreaterThan(60);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Die Bundesregierung hat am Montag neue Regeln für den Strommarkt beschlossen, sagte ein Sprecher in Berlin.', 'de'],
    ['The government announced new rules for the electricity market on Monday, a spokesman said in London.', 'en'],
    ['Le gouvernement a annoncé lundi de nouvelles règles pour le marché de l’électricité, a déclaré un porte-parole.', 'fr'],
    ['Kurz.', 'und'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });
});

describe('tooShort: fewer than 20 characters once white space is collapsed and trimmed', () => {
  it.each([
    ['Kurz.', true],
    ['   Guten Morgen, Berlin!   ', false],
    // 19 characters that are not white space and one space between them: 20 once collapsed, so not too short.
    ['Bundesregierung tagt', false],
    ['Bundesregierung\n\n\t  tag', true],
    ['B u n d e s t a g', true],
    ['Köln\u00a0\u00a0\u00a0Essen\u2028Bonn', true],
    ['Köln\u00a0Düsseldorf\u2028Bonn und Aachen', false],
    ['\n'.repeat(1200), true],
  ])('%j -> %s', (text, short) => {
    expect(tooShort(text)).toBe(short);
    // The rule it stands for, written out.
    expect(text.replace(/\s+/g, ' ').trim().length < 20).toBe(short);
  });
});

describe('outputTarget', () => {
  it.each(['../x', 'a/../../x', '/etc/passwd', 'C:/x', '.faktum-manifest'])('refuses %s', (name) => {
    expect(outputTarget('/tmp/out', name).ok).toBe(false);
  });
  it('accepts nested names', () => {
    expect(outputTarget('/tmp/out', 'de/2025/a')).toEqual({ ok: true, abs: '/tmp/out/de/2025/a.jsonld', rel: 'de/2025/a.jsonld' });
  });
});
