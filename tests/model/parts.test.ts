import { describe, expect, it } from 'vitest';
import { ALL_TAGS_MASK, TAGS, UNLABELED_O_MASK, NUM_TAGS, maskOf, tagIndex } from '../../src/model/labels.js';
import { mapSourceTag, repairInsideStarts } from '../../src/model/readers/map-types.js';
import { splitPunctuation } from '../../src/model/readers/europeana.js';
import { stripHashtag } from '../../src/model/readers/mobie.js';
import { tokenizeWithOffsets } from '../../src/model/readers/tokenize.js';
import { shapeOf } from '../../src/model/features.js';
import { viterbi } from '../../src/model/viterbi.js';
import { clusterWords } from '../../src/model/cluster-words.js';

describe('labels', () => {
  it('has the 25 GermEval BIO tags', () => {
    expect(TAGS).toHaveLength(25);
    expect(TAGS).toContain('B-ORGpart');
    expect(TAGS).toContain('I-LOCderiv');
  });
  it.each(['O', 'B-OTH', 'I-OTHpart', 'B-PERderiv', 'B-LOCpart'])('leaves %s open on a partial O', (t) => {
    expect(UNLABELED_O_MASK & maskOf(tagIndex(t))).not.toBe(0);
  });
  it.each(['B-PER', 'I-ORG', 'B-LOC'])('never allows the labelled type %s on a partial O', (t) => {
    expect(UNLABELED_O_MASK & maskOf(tagIndex(t))).toBe(0);
  });
});

describe('type mapping', () => {
  it.each([
    ['B-person', 'B-PER'],
    ['I-organization-company', 'I-ORG'],
    ['B-organization', 'B-ORG'],
    ['B-location-city', 'B-LOC'],
    ['B-location-street', 'B-LOC'],
    ['I-location-stop', 'I-LOC'],
    ['B_LOC', 'B-LOC'],
    ['B-ORG', 'B-ORG'],
  ])('maps %s to %s', (src, tag) => {
    expect(mapSourceTag(src)).toBe(maskOf(tagIndex(tag)));
  });
  it.each(['O', 'B-date', 'B-trigger', 'I-MISC', 'B-PEr'])('maps %s to the partial O', (src) => {
    expect(mapSourceTag(src)).toBe(UNLABELED_O_MASK);
  });
  it('leaves route codes unlabeled', () => expect(mapSourceTag('B-location-route')).toBe(ALL_TAGS_MASK));
  it('repairs an I- that starts a span', () => {
    const masks = repairInsideStarts([UNLABELED_O_MASK, maskOf(tagIndex('I-PER'))]);
    expect(masks[1]).toBe(maskOf(tagIndex('B-PER')));
  });
});

describe('token helpers', () => {
  it.each([
    ['Welt,', ['Welt', ',']],
    ['„Berlin', ['„', 'Berlin']],
    ['Dr.', ['Dr.']],
    ['Ende.', ['Ende', '.']],
  ])('splits OCR punctuation of %s', (token, parts) => expect(splitPunctuation(token).parts).toEqual(parts));
  it.each([
    ['#Mellendorf', 'Mellendorf'],
    ['@DB_Bahn', 'DB_Bahn'],
    ['#', '#'],
  ])('strips the hashtag of %s', (token, word) => expect(stripHashtag(token)).toBe(word));
  it('tokenizes like GermEval', () => {
    expect(tokenizeWithOffsets('Der Nvidia-Chef kam am 12.04.2016 nach Köln, sagte er.').map((t) => t.text)).toEqual([
      'Der', 'Nvidia-Chef', 'kam', 'am', '12.04.2016', 'nach', 'Köln', ',', 'sagte', 'er', '.',
    ]);
  });
  it.each([
    ['Nvidia-Chef', 'Xx-Xx'],
    ['USA', 'X'],
    ['2025', 'd'],
    ['chinesischen', 'x'],
  ])('shape of %s is %s', (w, s) => expect(shapeOf(w)).toBe(s));
});

describe('viterbi', () => {
  it('never puts I-X after O, even when emissions prefer it', () => {
    const em = new Float32Array(2 * NUM_TAGS);
    em[0] = 1; // O first
    em[NUM_TAGS + tagIndex('I-PER')] = 5;
    em[NUM_TAGS + tagIndex('B-PER')] = 1;
    const path = viterbi(em, 2, new Float32Array((NUM_TAGS + 1) * NUM_TAGS));
    expect(Array.from(path, (t) => TAGS[t])).toEqual(['B-PER', 'I-PER']);
  });
  it('follows the allowed tags of partial labels', () => {
    const em = new Float32Array(NUM_TAGS);
    em[tagIndex('B-PER')] = 5;
    const path = viterbi(em, 1, new Float32Array((NUM_TAGS + 1) * NUM_TAGS), [UNLABELED_O_MASK]);
    expect(TAGS[path[0]]).toBe('O');
  });
});

describe('clusters', () => {
  it('puts words of like contexts together, deterministically', () => {
    const text: string[][] = [];
    for (let i = 0; i < 40; i++) {
      text.push(['der', 'Hund', 'bellt', 'laut']);
      text.push(['der', 'Katze', 'bellt', 'leise']);
      text.push(['in', 'Berlin', 'regnet', 'es']);
      text.push(['in', 'Hamburg', 'regnet', 'es']);
    }
    const a = clusterWords(text, { fineClusters: 4, coarseClusters: 2, seed: 3 });
    const b = clusterWords(text, { fineClusters: 4, coarseClusters: 2, seed: 3 });
    expect(a.lookup('Berlin')?.fine).toBe(a.lookup('Hamburg')?.fine);
    expect(Array.from(a.fine)).toEqual(Array.from(b.fine));
    expect(a.lookup('unbekannt')).toBeUndefined();
  });
});
