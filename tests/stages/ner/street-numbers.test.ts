import { describe, expect, it } from 'vitest';
import { extractText, openPipeline } from '../../../src/api.js';
import { extendStreetNumbers } from '../../../src/stages/ner/76-street-numbers.js';
import type { Candidate } from '../../../src/stages/ner/candidate.js';

const pipeline = await openPipeline();

/** The text of the place candidate over `name` in `text` after extendStreetNumbers. */
async function extended(text: string, name: string, type: Candidate['type'] = 'LOC'): Promise<string> {
  const doc = await extractText(pipeline, text);
  const start = text.indexOf(name);
  const c: Candidate = { start, end: start + name.length, type, kind: 'name', source: 'model', confidence: 0.5, priority: 20 };
  const [out] = extendStreetNumbers(doc, [c]);
  return text.slice(out.start, out.end);
}

// Issue 16: GermEval dev annotates addresses with their numbers (`Neuendorfer Straße 90c`, `Bundesstraße 216`: LOC);
// the tagger ended both names before the number.
describe('a street takes its house or road number', () => {
  it.each([
    ['a house number with a letter (was cut before it)', 'Das Büro liegt in der Neuendorfer Straße 90c in Potsdam.', 'Neuendorfer Straße', 'Neuendorfer Straße 90c'],
    ['a road number (was cut before it)', 'Der Unfall ereignete sich auf der Bundesstraße 216 bei Soltau.', 'Bundesstraße', 'Bundesstraße 216'],
    ['a Swiss spelling', 'Der Laden an der Bahnhofstrasse 12 schliesst.', 'Bahnhofstrasse', 'Bahnhofstrasse 12'],
  ])('%s', async (_case, text, name, expected) => {
    expect(await extended(text, name)).toBe(expected);
  });

  it.each([
    ['a number that counts the next noun', 'In der Goethestraße 12 Wohnungen wurden geräumt.', 'Goethestraße', 'LOC'],
    ['a year after the street', 'An der Hauptstraße 2019 eröffnete das Café.', 'Hauptstraße', 'LOC'],
    ['a place that names no street', 'Er zog nach Potsdam 12 Jahre später.', 'Potsdam', 'LOC'],
    ['an organisation', 'Die Firma Bahnweg 3 Logistik wuchs.', 'Bahnweg', 'ORG'],
  ] as const)('not: %s', async (_case, text, name, type) => {
    expect(await extended(text, name, type)).toBe(name);
  });
});
