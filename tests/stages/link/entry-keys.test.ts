import { describe, expect, it } from 'vitest';
import type { KbEntry } from '../../../src/kb/types.js';
import { entryKeys, placeHead } from '../../../src/stages/link/entry-keys.js';
import { foldKey } from '../../../src/stages/link/fold.js';

const place = (name: string, linkOnly = true): KbEntry => ({ id: 'loc:x', type: 'LOC', schemaType: 'City', name, linkOnly });

describe('placeHead: the name news uses for a table place with a qualified official name', () => {
  it.each([
    ['Klagenfurt am Wörthersee', 'Klagenfurt'],
    ['Offenbach am Main', 'Offenbach'],
    ['Leer (Ostfriesland)', 'Leer'],
    ['Bad Homburg vor der Höhe', 'Bad Homburg'],
    ['Frankfurt (Oder)', 'Frankfurt'],
    ['Weiden in der Oberpfalz', 'Weiden'],
    ['Hagen', undefined],
    ['Ems (Fluss)', undefined],
  ])('%s -> %s', (name, head) => {
    expect(placeHead(place(name))).toBe(head);
  });

  it('leaves curated places, persons and organisations alone', () => {
    expect(placeHead(place('Offenbach am Main', false))).toBeUndefined();
    expect(placeHead({ id: 'per:x', type: 'PER', schemaType: 'Person', name: 'Peter am Main', linkOnly: true })).toBeUndefined();
  });

  it('makes the head a full-name key of the entry', () => {
    expect(entryKeys(place('Klagenfurt am Wörthersee')).names).toContain(foldKey('Klagenfurt'));
  });
});
