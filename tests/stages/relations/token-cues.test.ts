import { describe, expect, it } from 'vitest';
import { CUE, wordCues } from '../../../src/stages/relations/cues.js';
import { tokenCues } from '../../../src/stages/relations/token-cues.js';
import { extract } from '../../helpers/pipeline.js';

/** The names of the bits set in `bits`. */
const names = (bits: number) => Object.entries(CUE).filter(([, bit]) => bits & bit).map(([name]) => name);

describe('wordCues: which relation rule a word can set off', () => {
  it.each([
    ['liefert', ['delivery']],
    ['fertigt', ['delivery']],
    ['ausgeliefert', ['delivery']],
    ['erhielt', ['receives']],
    ['an', ['stake']],
    ['Aktionärin', ['stake']],
    ['gehört', ['stake']],
    ['Tochtergesellschaft', ['stake']],
    ['Prozent', ['stakeWord']],
    ['beteiligt', ['stakeWord']],
    ['gegründet', ['founding']],
    ['Chefin', ['headRole']],
    ['Vorstand', ['headRole']],
    ['Ministerpräsident', ['headRole']],
    ['Mitbegründerin', ['founding']],
    ['Gewerkschaft', []],
    // Roles that head nothing, and words that are no cue at all.
    ['Vizepräsident', []],
    ['Sprecher', []],
    ['lieferbar', []],
    ['Haus', []],
  ])('%s: %j', (word, expected) => {
    expect(names(wordCues(word))).toEqual(expected);
  });
});

describe('tokenCues: the bits of a document\'s tokens and sentences', () => {
  it('sets each token\'s bits, a compound\'s by its text, and a sentence\'s as its tokens\' together', async () => {
    const doc = await extract('Tesla-Gründer Elon Musk liefert Autos. Das Haus steht. Der Konzern gehört zu 10 Prozent dem Land.');
    const cues = tokenCues(doc.tokens, doc.sentences);
    const at = (word: string) => names(cues.tokens[doc.tokens.findIndex((t) => t.text === word)]);
    expect(at('Tesla-Gründer')).toEqual(['founding', 'foundingPart']);
    expect(at('liefert')).toEqual(['delivery']);
    expect(at('Haus')).toEqual([]);
    expect(at('gehört')).toEqual(['stake']);
    expect([...cues.sentences].map(names)).toEqual([
      ['delivery', 'founding', 'foundingPart'],
      [],
      ['stake', 'stakeWord'],
    ]);
  });
});
