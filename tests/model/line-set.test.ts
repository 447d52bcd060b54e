import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedLineSet, LineSet } from '../../src/model/line-set.js';
import { listPackageSet, readListPackage } from '../../src/model/lexicons.js';

describe('LineSet', () => {
  const text = 'Jensen\r\nHuang\n\nSanta Clara\nMünchen\nHuang\n\r\nKöln\r\r\nDüsseldorf\r';
  it.each([
    ['Jensen', true],
    ['Huang', true],
    ['Santa Clara', true],
    ['München', true],
    ['Düsseldorf', false],
    ['Düsseldorf\r', true],
    ['Köln\r', true],
    ['Köln', false],
    ['Huang\nSanta Clara', false],
    ['Jensen\r', false],
    ['Santa', false],
    ['Clara', false],
    ['muenchen', false],
    ['Münche', false],
    ['', false],
  ])('%j: %s, as a Set of the lines answers', (word, expected) => {
    const lines = new Set(text.split(/\r?\n/).filter((l) => l !== ''));
    expect(new LineSet(text).has(word)).toBe(expected);
    expect(lines.has(word)).toBe(expected);
  });

  it('an empty text holds nothing', () => {
    expect(new LineSet('').has('Berlin')).toBe(false);
  });

  // The tagger's features ask these sets: any difference would change its tags.
  it.each([['humannames'], ['cities-list']])('%s: the same answers as a Set of readListPackage for every listed name and near misses', (name) => {
    const set = new Set(readListPackage(name));
    const lines = listPackageSet(name);
    const missing = [...set].filter((w) => !lines.has(w));
    expect(missing).toEqual([]);
    const near = [...set].slice(0, 20_000).flatMap((w) => [`${w}s`, w.toLowerCase(), w.slice(1)]);
    const wrong = near.filter((w) => lines.has(w) !== set.has(w));
    expect(wrong).toEqual([]);
    expect(['Angela', 'Jensen', 'Berlin', 'Shanghai'].filter((w) => set.has(w))).not.toEqual([]);
  });
});

describe('cachedLineSet (the table kept from one process to the next)', () => {
  const cities = 'Berlin\nMünchen\nSanta Clara\nKourou\nGreifswald\n';
  const temp = () => mkdtempSync(join(tmpdir(), 'faktum-lines-'));

  it('reads back the table it wrote, equal to a fresh one, with the same answers', () => {
    const dir = temp();
    const first = cachedLineSet(cities, dir);
    expect(readdirSync(dir)).toHaveLength(1);
    const second = cachedLineSet(cities, dir);
    expect(second.table).toEqual(new LineSet(cities).table);
    expect(['Berlin', 'Santa Clara', 'Kourou', 'Santa', 'Paris'].map((w) => second.has(w))).toEqual([true, true, true, false, false]);
    expect(first.table).toEqual(second.table);
  });

  it.each([
    ['another text', (dir: string) => dir, 'Berlin\nParis\n', ['Paris', 'München'], [true, false]],
    ['a table spoilt on disk (an offset inside a line)', (dir: string) => {
      const [file] = readdirSync(dir);
      const bad = new LineSet(cities).table.map((at) => (at > 0 ? at + 1 : at));
      writeFileSync(join(dir, file), new Uint8Array(bad.buffer));
      return dir;
    }, cities, ['München', 'Greifswald'], [true, true]],
    ['a cache folder that cannot be made', (dir: string) => (writeFileSync(join(dir, 'a-file'), ''), join(dir, 'a-file', 'below')), cities, ['Kourou'], [true]],
  ])('%s: answers as a fresh LineSet', (_name, change, text, words, expected) => {
    const dir = temp();
    cachedLineSet(cities, dir);
    const set = cachedLineSet(text, change(dir));
    expect(words.map((w) => set.has(w))).toEqual(expected);
    expect(set.table).toEqual(new LineSet(text).table);
  });
});
