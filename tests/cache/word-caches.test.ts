import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { GenerationalMap } from '../../src/cache/generational-map.js';
import { tokenWords, wordInfo, wordSlot } from '../../src/cache/word-info.js';
import { forgetWords, registerWordCache } from '../../src/cache/word-caches.js';
import { ensureBuilt } from '../helpers/build.js';

describe('forgetWords: every per-word cache of the thread at once', () => {
  it('empties registered caches and counts them', () => {
    const cleared: string[] = [];
    registerWordCache({ clear: () => cleared.push('a') });
    registerWordCache({ clear: () => cleared.push('b') });
    const before = forgetWords();
    expect(cleared).toEqual(['a', 'b']);
    expect(before).toBeGreaterThanOrEqual(2);
  });

  it.each([['Nvidia'], ['der'], [','], ['Bundesgesundheitsministerium']])('gives %j a new WordInfo, its slot values gone', (word) => {
    const seen: string[] = [];
    const slot = wordSlot((w: string) => (seen.push(w), w.length));
    const info = wordInfo(word);
    expect(slot(info)).toBe(word.length);
    forgetWords();
    const again = wordInfo(word);
    expect(again).not.toBe(info);
    expect(slot(again)).toBe(word.length);
    expect(seen).toEqual([word, word]); // computed once before, once after
  });

  it('drops the document whose token words were kept', () => {
    const tokens = [{ norm: 'Huang' }, { norm: 'sagte' }];
    const words = tokenWords(tokens);
    forgetWords();
    expect(tokenWords(tokens)).not.toBe(words);
  });

  it('reaches maps made after it was imported', () => {
    const map = new GenerationalMap<string, string>(10);
    map.set('Peking', 'LOC');
    forgetWords();
    expect(map.get('Peking')).toBeUndefined();
  });
});

describe('forgetWords: caches nothing holds any more', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  // Needs a collection on demand: a Node child with --expose-gc, over the compiled module (dist/, built first when older than src/).
  it('leave the list once collected, and only those', () => {
    const module = pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'cache', 'word-caches.js')).href;
    const script = `
      const { registerWordCache, registeredWordCaches, forgetWords } = await import(${JSON.stringify(module)});
      const kept = { clear() {} };
      registerWordCache(kept);
      (() => { for (let i = 0; i < 1000; i++) registerWordCache({ clear() {} }); })();
      const before = registeredWordCaches();
      for (let i = 0; i < 5; i++) { gc(); await new Promise((r) => setTimeout(r, 10)); }
      // Counted before forgetWords runs: the registry itself must have let go of the collected ones.
      console.log(JSON.stringify([before, registeredWordCaches(), forgetWords(), kept !== undefined]));`;
    const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    const [before, after, cleared] = JSON.parse(out.trim()) as number[];
    expect(before).toBe(1001);
    expect(after).toBe(1);
    expect(cleared).toBe(1);
  });
});
