import { describe, expect, it } from 'vitest';
import type { KbEntry } from '../../../src/kb/types.js';
import { oldestPlace } from '../../../src/stages/link/tie-break.js';

// Real Wikidata ids of places the KB's tables hold (geo-api-de-municipalities, natural-earth-populated-places-10m).
const place = (qid: string, e: Partial<KbEntry> = {}): KbEntry => ({
  id: `loc:wd-${qid.toLowerCase()}`, type: 'LOC', schemaType: 'City', name: 'Ort', qid, country: 'loc:germany', linkOnly: true, prominence: 16, ...e,
});

describe('a tie between table places of one name (issue 15: Hagen left NIL)', () => {
  it.each([
    ['Hagen: the city Q2871, not the municipality Q635291', [place('Q2871'), place('Q635291')], 'Q2871'],
    ['Heidenau: Saxony Q6715, not the Lower Saxon Q370612', [place('Q370612'), place('Q6715')], 'Q6715'],
    ['Halle: two villages of items close in age (Q624830, Q649782): NIL', [place('Q624830'), place('Q649782')], undefined],
    ['Castro: populations known (Chile Q3744, Brazil Q2077411): the prior decides, not age', [place('Q3744', { population: 29926, country: 'loc:chile' }), place('Q2077411', { population: 42091, country: 'loc:brazil' })], undefined],
    ['Bühl: a Swiss and a German municipality: ages of two countries are not compared', [place('Q69983', { country: 'loc:switzerland' }), place('Q505534')], undefined],
    ['a curated place among them: chosen by hand, not by age', [place('Q2871', { linkOnly: undefined }), place('Q635291')], undefined],
    ['the oldest never named in the development text: an obscure municipality needs support', [place('Q2871', { prominence: undefined }), place('Q635291')], undefined],
    ['a person: never by age', [place('Q2871', { type: 'PER' }), place('Q635291', { type: 'PER' })], undefined],
  ] as Array<[string, KbEntry[], string | undefined]>)('%s', (_case, tied, expected) => {
    expect(oldestPlace(tied)?.qid).toBe(expected);
  });
});
