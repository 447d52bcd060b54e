import { describe, expect, it } from 'vitest';
import { docToNestedTags, germEvalLabel } from '../../../src/eval/conll/doc-to-tags.js';
import type { EvalDoc, EvalMention } from '../../../src/eval/pipeline-api.js';

/** A document over words joined by spaces, with mentions given by character offsets. */
function doc(words: string[], mentions: Array<[number, number, string, EvalMention['kind']?]>): EvalDoc {
  const tokens: EvalDoc['tokens'] = [];
  let text = '';
  for (const w of words) {
    if (text) text += ' ';
    tokens.push({ start: text.length, end: text.length + w.length });
    text += w;
  }
  return {
    text,
    tokens,
    mentions: mentions.map(([start, end, type, kind], i) => ({ id: `m${i}`, start, end, type, kind: kind ?? 'name' })),
    entities: [],
    relations: [],
  };
}

describe('germEvalLabel', () => {
  it.each<[string, EvalMention['kind'], string | undefined]>([
    ['ORG', 'name', 'ORG'],
    ['ORG', 'part', 'ORGpart'],
    ['LOC', 'deriv', 'LOCderiv'],
    ['PRODUCT', 'name', 'OTH'],
    ['PRODUCT', 'part', 'OTHpart'],
    ['MONEY', 'name', undefined],
    ['DATE', 'name', undefined],
  ])('%s %s', (type, kind, label) => expect(germEvalLabel({ type, kind })).toBe(label));
});

describe('docToNestedTags', () => {
  it.each<[string, string[], Array<[number, number, string, EvalMention['kind']?]>, string, string]>([
    ['a name over two tokens', ['Jensen', 'Huang', 'sagt'], [[0, 12, 'PER']], 'B-PER I-PER O', 'O O O'],
    ['a part mention tags its whole token', ['Der', 'Nvidia-Chef'], [[4, 10, 'ORG', 'part']], 'O B-ORGpart', 'O O'],
    ['deriv', ['die', 'chinesische', 'Regierung'], [[4, 15, 'LOC', 'deriv']], 'O B-LOCderiv O', 'O O O'],
    ['the currency of a money value is OTH, the amount is dropped', ['4,5', 'Milliarden', 'Dollar'], [[0, 21, 'MONEY']], 'O O B-OTH', 'O O O'],
    ['money with a symbol', ['200', '€', 'Strafe'], [[0, 5, 'MONEY']], 'O B-OTH O', 'O O O'],
    ['dates and percentages are dropped', ['am', '3.', 'März', 'um', '5', 'Prozent'], [[3, 10, 'DATE'], [14, 23, 'PERCENT']], 'O O O O O O', 'O O O O O O'],
    ['nested mention is inner', ['Universität', 'Berlin'], [[0, 18, 'ORG'], [12, 18, 'LOC']], 'B-ORG I-ORG', 'O B-LOC'],
    ['adjacent mentions stay separate', ['Berlin', 'Paris'], [[0, 6, 'LOC'], [7, 12, 'LOC']], 'B-LOC B-LOC', 'O O'],
    ['crossing mention is dropped', ['a', 'b', 'c'], [[0, 3, 'ORG'], [2, 5, 'PER']], 'B-ORG I-ORG O', 'O O O'],
    ['same token span twice keeps one', ['Bahn'], [[0, 4, 'ORG'], [0, 4, 'ORG']], 'B-ORG', 'O'],
    ['same token span, another label, is inner', ['Bahnchef'], [[0, 8, 'PER'], [0, 4, 'ORG', 'part']], 'B-PER', 'B-ORGpart'],
    ['third level is dropped', ['a', 'b', 'c'], [[0, 5, 'ORG'], [2, 5, 'LOC'], [4, 5, 'PER']], 'B-ORG I-ORG I-ORG', 'O B-LOC I-LOC'],
  ])('%s', (_name, words, mentions, outer, inner) => {
    const [s] = docToNestedTags(doc(words, mentions), [words]);
    expect(s.outer.join(' ')).toBe(outer);
    expect(s.inner.join(' ')).toBe(inner);
  });

  it('splits tags back into sentences', () => {
    const tags = docToNestedTags(doc(['Merz', 'kommt', 'Paris', 'ruft'], [[0, 4, 'PER'], [11, 16, 'LOC']]), [['Merz', 'kommt'], ['Paris', 'ruft']]);
    expect(tags.map((t) => t.outer.join(' '))).toEqual(['B-PER O', 'B-LOC O']);
  });

  it('refuses a document whose tokens are not the input words', () => {
    expect(() => docToNestedTags(doc(['a', 'b'], []), [['a', 'b', 'c']])).toThrow(/2 tokens for 3 input words/);
  });
});
