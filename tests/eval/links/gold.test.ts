import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinkAnchors, readLinkGold } from '../../../src/eval/links/gold.js';
import { LEIPZIG_2020, readLeipzig2020 } from '../../../src/eval/links/leipzig.js';

const DATA = process.env.FAKTUM_DATA ?? '../shared/data';
const hasData = existsSync(join(DATA, LEIPZIG_2020));
if (!hasData) console.log(`skipping the linking gold's anchor check: ${DATA}/${LEIPZIG_2020} is not here`);
const GOLD = 'corpus/links/leipzig-2020.gold.json';

/** Writes a gold object to a fresh temporary file and returns its path. */
function goldFile(value: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'faktum-links-gold-')), 'gold.json');
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

const merkel = { sentence: 1, start: 0, end: 13, anchor: 'Angela Merkel', type: 'PER', qid: 'Q567' };
const berlin = { sentence: 1, start: 24, end: 30, anchor: 'Berlin', type: 'LOC', qid: 'Q64' };

describe('reading a linking gold file', () => {
  it.each([
    ['not JSON', '{"sentences": [1], ', /not readable as JSON/],
    ['no mentions', { sentences: [1] }, /not a linking gold file/],
    ['an unknown region', { region: 'first-half', sentences: [1], mentions: [] }, /region "first-half" is not "all" or "to-first-comma"/],
    ['a QID with a typo', { sentences: [1], mentions: [{ ...merkel, qid: 'Q-567' }] }, /mention 1 \(sentence 1, 0-13 "Angela Merkel"\): qid "Q-567" is not a Wikidata id/],
    ['a type outside PER/ORG/LOC', { sentences: [1], mentions: [{ ...merkel, type: 'OTH' }] }, /type "OTH" is not one of PER ORG LOC/],
    ['an end before the start', { sentences: [1], mentions: [{ ...merkel, end: 0 }] }, /0 <= start < end/],
    ['a sentence that is not covered', { sentences: [2], mentions: [merkel] }, /sentence 1 is not in "sentences"/],
    ['two overlapping mentions', { sentences: [1], mentions: [merkel, { ...merkel, start: 7, anchor: 'Merkel' }] }, /mention 1 .*overlaps mention 2/],
  ])('refuses %s, naming the file and the place', (_what, value, message) => {
    const file = goldFile(value);
    expect(() => readLinkGold(file)).toThrow(message);
    expect(() => readLinkGold(file)).toThrow(file);
  });

  it('reads NIL and unconfirmed mentions, and takes a missing region as the whole sentence', () => {
    const gold = readLinkGold(goldFile({ sentences: [1], mentions: [merkel, { ...berlin, qid: null }, { ...berlin, start: 31, end: 35, anchor: 'Bonn', qid: '?' }] }));
    expect([gold.region, gold.mentions.map((m) => m.qid)]).toEqual(['all', ['Q567', null, '?']]);
  });
});

describe('checking anchors against the sentences', () => {
  const sentences = ['Angela Merkel sprach in Berlin.', 'Söders Plan für Bayern.'];
  const text = (id: number) => sentences[id - 1];
  it.each([
    ['a right anchor', [merkel, berlin], undefined],
    ['an offset one off (the anchor is not at it)', [{ ...berlin, start: 23, end: 29 }], /mention 1 \(sentence 1, 23-29 "Berlin"\): the sentence has " Berli"/],
    ['a UTF-16 offset counted in bytes', [{ sentence: 2, start: 0, end: 7, anchor: 'Söders', type: 'PER', qid: 'Q50664' }], /the sentence has "Söders "/],
  ])('%s', (_what, mentions, message) => {
    const gold = { file: 'g.json', region: 'all' as const, sentences: [1, 2], mentions };
    if (message) expect(() => checkLinkAnchors(gold, text)).toThrow(message);
    else expect(() => checkLinkAnchors(gold, text)).not.toThrow();
  });

  it('refuses a covered sentence that the data file does not have', () => {
    expect(() => checkLinkAnchors({ file: 'g.json', region: 'all', sentences: [3], mentions: [] }, text)).toThrow('g.json: sentence 3 is not in the data file');
  });
});

describe.skipIf(!hasData)('the committed Leipzig 2020 linking gold', () => {
  it('has every anchor at its offsets in the real sentences', () => {
    const sentences = readLeipzig2020(DATA);
    expect(() => checkLinkAnchors(readLinkGold(GOLD), (id) => sentences[id - 1])).not.toThrow();
  });
});
