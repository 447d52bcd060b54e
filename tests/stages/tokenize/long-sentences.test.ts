import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/document/doc.js';
import { MAX_SENTENCE_TOKENS } from '../../../src/stages/tokenize/50-sentences.js';
import { tokenizeStage } from '../../../src/stages/tokenize/index.js';
import type { StageFn } from '../../../src/pipeline/stage.js';

// Regression (issue 18): a text without sentence ends was one sentence, and the relation rules, which relate the
// entities of a sentence pairwise, did quadratic work on it (and proposed relations between words pages apart).

function sentencesOf(text: string) {
  const doc = createDoc(text, {});
  doc.layers.add('meta');
  (tokenizeStage.create({}, {} as never) as StageFn)(doc);
  return doc;
}

const words = (n: number, sep: (i: number) => string) => Array.from({ length: n }, (_, i) => `Wort${i % 50}${sep(i)}`).join(' ');

describe('sentences of at most MAX_SENTENCE_TOKENS tokens', () => {
  it.each([
    ['one line of words', words(5000, () => '')],
    ['one line of clauses', words(5000, (i) => (i % 7 === 6 ? ',' : ''))],
    ['a list with dashes', words(3000, (i) => (i % 11 === 10 ? ' –' : ''))],
  ])('%s is cut into pieces, every token in one', (_name, text) => {
    const doc = sentencesOf(text);
    expect(doc.sentences.length).toBeGreaterThan(1);
    let next = 0;
    for (const s of doc.sentences) {
      expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      expect(s.tokenStart).toBe(next);
      next = s.tokenEnd;
    }
    expect(next).toBe(doc.tokens.length);
  });

  it('cuts after a comma in the second half of a piece', () => {
    const doc = sentencesOf(words(2000, (i) => (i % 7 === 6 ? ',' : '')));
    for (const s of doc.sentences.slice(0, -1)) expect(doc.tokens[s.tokenEnd - 1].text).toBe(',');
  });

  it.each([
    ['Die Bahn erhöht die Preise. Der Bahnchef sagte am Montag, das sei nötig.', 2],
    [`${'Siemens, BASF und Bayer'.repeat(1)} melden Gewinne, ${'und zwar '.repeat(40)}im Quartal.`, 1],
  ])('a normal text keeps its sentences: %s', (text, n) => {
    expect(sentencesOf(text).sentences).toHaveLength(n);
  });
});
