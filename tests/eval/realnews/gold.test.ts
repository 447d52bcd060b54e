import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnchors, NER_LABELS, readNerGold } from '../../../src/eval/realnews/gold.js';

const dir = mkdtempSync(join(tmpdir(), 'faktum-nergold-'));
const sentences = new Map([[7, 'Kanzlerin Angela Merkel traf die deutschen SPD-Chefs.']]);
const merkel = { sentence: 7, start: 10, end: 23, anchor: 'Angela Merkel', label: 'PER' };

/** Writes a gold file with the given mentions (and sentence 7 covered) and returns its path. */
function goldFile(name: string, mentions: unknown[], extra: object = {}): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify({ about: ['test'], year: 2015, sentences: [7], mentions, ...extra }));
  return file;
}

describe('real-news NER gold', () => {
  it('lists the twelve GermEval outer labels', () => {
    expect(NER_LABELS).toHaveLength(12);
    expect(NER_LABELS).toContain('LOCderiv');
  });

  it('reads a valid file and accepts its anchors', () => {
    const file = goldFile('ok', [merkel, { sentence: 7, start: 43, end: 52, anchor: 'SPD-Chefs', label: 'ORGpart' }]);
    const gold = readNerGold(file);
    expect([gold.year, gold.sentences, gold.mentions.length]).toEqual([2015, [7], 2]);
    expect(() => checkAnchors(gold, (id) => sentences.get(id))).not.toThrow();
  });

  it.each([
    ['a label outside GermEval', [{ ...merkel, label: 'PERSON' }], /mention 1 .*label "PERSON" is not one of/],
    ['a sentence not covered', [{ ...merkel, sentence: 8 }], /mention 1 \(sentence 8.*not in "sentences"/],
    ['overlapping mentions', [merkel, { ...merkel, start: 17, anchor: 'Merkel' }], /mention 1 .*overlaps mention 2/],
    ['an empty span', [{ ...merkel, end: 10 }], /needs integer sentence, start < end/],
  ])('rejects %s, naming file and mention', (name, mentions, message) => {
    const file = goldFile(name.replace(/\W+/g, '-'), mentions);
    expect(() => readNerGold(file)).toThrow(message);
    expect(() => readNerGold(file)).toThrow(file);
  });

  it('rejects a file without year or sentences', () => {
    expect(() => readNerGold(goldFile('noyear', [], { year: undefined }))).toThrow(/not a NER gold file/);
  });

  it.each([
    ['a wrong anchor', { ...merkel, anchor: 'Angela Merkle' }, /mention 1 \(sentence 7, 10-23 "Angela Merkle"\): the sentence has "Angela Merkel"/],
    ['offsets off by one', { ...merkel, start: 11, end: 24 }, /the sentence has "ngela Merkel "/],
  ])('checkAnchors rejects %s, naming file and mention', (_name, mention, message) => {
    const file = goldFile('anchor', [mention]);
    const gold = readNerGold(file);
    expect(() => checkAnchors(gold, (id) => sentences.get(id))).toThrow(message);
    expect(() => checkAnchors(gold, (id) => sentences.get(id))).toThrow(file);
  });

  it('checkAnchors rejects a sentence id missing from the data', () => {
    const gold = readNerGold(goldFile('missing', [merkel]));
    expect(() => checkAnchors(gold, () => undefined)).toThrow(/sentence 7 is not in the data file/);
  });
});
