import { describe, expect, it } from 'vitest';
import type { KbEntry } from '../../../src/kb/types.js';
import { specificSupport, support, wordSupport, type LinkContext } from '../../../src/stages/link/context.js';

// Made-up entries of the kinds the tables hold: an Austrian MP, a German village.
const mp: KbEntry = { id: 'per:martin-kessler', type: 'PER', schemaType: 'Person', name: 'Martin Kessler', country: 'loc:austria', party: 'org:oevp', context: ['Parlament', 'Abgeordnete'], linkOnly: true };
const village: KbEntry = { id: 'loc:salzburg-village', type: 'LOC', schemaType: 'City', name: 'Salzburg', country: 'loc:germany', partOf: 'loc:rheinland-pfalz', linkOnly: true };
const ctx = (ids: string[], near: string[], words: string[] = []): LinkContext => ({ ids: new Set(ids), nearIds: new Set(near), words: () => new Set(words.map((w) => w.toLowerCase())) });

describe('support from the article, specific and generic (issue 15: `Weber` -> an Austrian MP on two parliament words)', () => {
  it.each([
    ['two context words: a point of words, nothing specific', mp, ctx([], [], ['Parlament', 'Abgeordnete']), 0, 1],
    ['the party named: specific', mp, ctx(['org:oevp'], []), 1, 0],
    ['the country named: specific, unless the country is left out', mp, ctx(['loc:austria'], []), 1, 0],
    ['a village: its state named by a town in it, a full point', village, ctx([], ['loc:rheinland-pfalz']), 1, 0],
    ['a village: a town of its country named, half a point (every German article names one)', village, ctx([], ['loc:germany']), 0.5, 0],
    ['a village: its country named, half a point', village, ctx(['loc:germany'], []), 0.5, 0],
  ] as const)('%s', (_case, entry, c, specific, words) => {
    expect(specificSupport(entry, c)).toBe(specific);
    expect(wordSupport(entry, c)).toBe(words);
    expect(support(entry, c)).toBe(specific + words);
  });

  it('leaves a person\'s country out when asked: `Deutschland` names no German in particular', () => {
    expect(specificSupport(mp, ctx(['loc:austria'], []), { country: false })).toBe(0);
    expect(specificSupport(mp, ctx(['loc:austria', 'org:oevp'], []), { country: false })).toBe(1);
  });
});
