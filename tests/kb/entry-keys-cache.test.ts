import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedEntryKeys } from '../../src/kb/entry-keys-cache.js';
import type { KbEntry } from '../../src/kb/types.js';
import { getKb } from '../../src/pipeline/resources.js';
import { entryKeys } from '../../src/stages/link/entry-keys.js';

const temp = () => mkdtempSync(join(tmpdir(), 'faktum-keys-'));
const person = (name: string, aliases?: string[]): KbEntry => ({ id: 'per:angela-merkel', type: 'PER', schemaType: 'Person', name, ...(aliases ? { aliases } : {}) }) as KbEntry;

describe('cachedEntryKeys', () => {
  it('the loaded KB: written, then read back, the keys entryKeys folds', () => {
    const entries = getKb([]).loaded();
    const dir = temp();
    const fresh = entries.map(entryKeys);
    expect(cachedEntryKeys(entries, dir)).toEqual(fresh);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(cachedEntryKeys(entries, dir)).toEqual(fresh);
  });

  it.each([
    ['an alias added', [person('Angela Merkel')], [person('Angela Merkel', ['Angela Dorothea Merkel'])]],
    ['a name spelt otherwise', [person('Recep Tayyip Erdoğan')], [person('Recep Tayyip Erdogan')]],
    ['an entry more', [person('Angela Merkel')], [person('Angela Merkel'), { ...person('Olaf Scholz'), id: 'per:olaf-scholz' }]],
  ])('%s: the keys of the new entries, not the cached ones', (_name, before, after) => {
    const dir = temp();
    cachedEntryKeys(before, dir);
    expect(cachedEntryKeys(after, dir)).toEqual(after.map(entryKeys));
  });

  it('a damaged cache file (other length) is not used', () => {
    const dir = temp();
    const entries = [person('Angela Merkel', ['Merkel'])];
    cachedEntryKeys(entries, dir);
    writeFileSync(join(dir, readdirSync(dir)[0]), '[]');
    expect(cachedEntryKeys(entries, dir)).toEqual(entries.map(entryKeys));
  });

  it('works where the cache cannot be written', () => {
    const file = join(temp(), 'a-file');
    writeFileSync(file, '');
    const entries = [person('Angela Merkel')];
    expect(cachedEntryKeys(entries, join(file, 'below'))).toEqual([{ names: ['angela merkel'], short: ['merkel'] }]);
  });
});
