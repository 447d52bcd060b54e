import { describe, expect, it } from 'vitest';
import { ALL_TAGS_MASK, TAGS, UNLABELED_O_MASK } from '../../../src/model/labels.js';
import { LER_O_MASK, mapLerTag, parseLer } from '../../../src/model/readers/ler.js';
import { parseWikiann } from '../../../src/model/readers/wikiann.js';
import { parseSetWeights, weighSentences } from '../../../src/model/readers/weights.js';

/** The tags a mask allows, as strings. */
const tagsOf = (mask: number): string[] => TAGS.filter((_, i) => mask & (1 << i));

describe('LER reader: fine classes to GermEval outer types', () => {
  it.each([
    ['B-RR', ['B-PER']],
    ['I-AN', ['I-PER']],
    ['B-ST', ['B-LOC']],
    ['B-LDS', ['B-LOC']],
    ['B-GRT', ['B-ORG']],
    ['I-INN', ['I-ORG']],
    ['B-UN', ['B-ORG']],
    ['B-MRK', ['B-ORG', 'B-OTH']],
  ])('%s -> %j', (tag, expected) => {
    expect(tagsOf(mapLerTag(tag))).toEqual(expected);
  });

  it.each([
    ['B-GS', ['O', 'B-OTH']],
    ['I-RS', ['O', 'B-OTH', 'I-OTH']],
    ['B-LIT', ['O', 'B-OTH']],
  ])('a work or citation %s may be O or OTH: %j', (tag, expected) => {
    expect(tagsOf(mapLerTag(tag))).toEqual(expected);
  });

  it('leaves LER O open for deriv and part (LER has none), not for a plain OTH chunk (LER tags its works)', () => {
    expect(mapLerTag('O')).toBe(LER_O_MASK);
    expect(tagsOf(LER_O_MASK)).toContain('B-LOCderiv');
    expect(tagsOf(LER_O_MASK)).toContain('B-ORGpart');
    expect(tagsOf(LER_O_MASK)).not.toContain('B-OTH');
    expect(LER_O_MASK & ~UNLABELED_O_MASK).toBe(0);
  });

  it('reads CRLF sentences and keeps only those with a person, place or organisation', () => {
    const text = 'Der O\r\nBundesgerichtshof B-GRT\r\nentschied O\r\n\r\nGemäß O\r\n§ B-GS\r\n3 I-GS\r\nBGB I-GS\r\n\r\n';
    const all = parseLer(text);
    const kept = parseLer(text, { entitiesOnly: true });
    expect(all.map((s) => s.words.join(' '))).toEqual(['Der Bundesgerichtshof entschied', 'Gemäß § 3 BGB']);
    expect(kept.map((s) => s.words.join(' '))).toEqual(['Der Bundesgerichtshof entschied']);
    expect(tagsOf(kept[0].masks[1])).toEqual(['B-ORG']);
  });
});

describe('WikiANN reader', () => {
  it('strips de: prefixes and drops redirect stubs and repeated sentences', () => {
    const text = 'de:Anton\tB-PER\nde:Zuccalmaglio\tI-PER\nde:.\tO\n\nde:WEITERLEITUNG\tO\nde:Berlin\tB-LOC\n\nde:Anton\tB-PER\nde:Zuccalmaglio\tI-PER\nde:.\tO\n';
    const s = parseWikiann(text);
    expect(s.map((x) => x.words.join(' '))).toEqual(['Anton Zuccalmaglio .']);
    expect(s[0].masks.slice(0, 2).map(tagsOf)).toEqual([['B-PER'], ['I-PER']]);
    expect(s[0].masks[2]).toBe(UNLABELED_O_MASK);
  });

  it('opens O on capitalised words after the first when asked (unlinked names are O in silver data)', () => {
    const text = 'de:Er\tO\nde:besuchte\tO\nde:Paris\tO\nde:mit\tO\nde:Anna\tB-PER\n';
    const [s] = parseWikiann(text, { openCapitalised: true });
    expect(s.masks.map((m) => (m === ALL_TAGS_MASK ? 'all' : m === UNLABELED_O_MASK ? 'O' : tagsOf(m).join()))).toEqual(['O', 'O', 'all', 'O', 'B-PER']);
  });
});

describe('set weights', () => {
  const sentences = Array.from({ length: 10 }, (_, i) => ({ words: [`w${i}`], masks: [1] }));
  it.each([
    [1, 10],
    [2, 20],
    [0.5, 5],
    [1.3, 13],
    [0, 0],
  ])('weight %d gives %d sentences', (weight, count) => {
    expect(weighSentences(sentences, weight, 1)).toHaveLength(count);
  });

  it('samples the same sentences for the same seed, and parses name=number lists', () => {
    expect(weighSentences(sentences, 0.5, 3)).toEqual(weighSentences(sentences, 0.5, 3));
    expect([...parseSetWeights('ler=0.5, wikiann=2')]).toEqual([['ler', 0.5], ['wikiann', 2]]);
    expect(() => parseSetWeights('ler')).toThrow(/name=number/);
  });
});
