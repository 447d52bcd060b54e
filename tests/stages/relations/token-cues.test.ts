import { describe, expect, it } from 'vitest';
import { CUE } from '../../../src/stages/relations/cue-bits.js';
import * as cueWords from '../../../src/stages/relations/cue-words.js';
import { DELIVERY_VERB, MAKES_FOR, RECEIVES } from '../../../src/stages/relations/50-supplies-to.js';
import { tokenCues, wordCues } from '../../../src/stages/relations/token-cues.js';
import { roleOf } from '../../../src/lang/de/roles.js';
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
    // The stake bit is stakes' cheap gate (first letter and length of a cue word), its patterns decide: `Großaktionär`
    // lets every capitalised G-word of 12 letters through, `Mehrheitsaktionär` M-words of 17.
    ['Gewerkschaft', ['stake']],
    ['Ministerpräsident', ['stake', 'headRole']],
    ['Mitbegründerin', ['stake', 'founding']],
    // Roles that head nothing, and words that are no cue at all.
    ['Vizepräsident', []],
    ['Sprecher', []],
    ['lieferbar', []],
    ['Haus', []],
  ])('%s: %j', (word, expected) => {
    expect(names(wordCues(word))).toEqual(expected);
  });

  // The bits stand in for the patterns the rules tested on every token before: they must agree on every cue word.
  it.each([
    ['delivery verbs', cueWords.DELIVERY_WORDS, CUE.delivery, (w: string) => DELIVERY_VERB.test(w) || MAKES_FOR.test(w)],
    ['making verbs', cueWords.MAKES_FOR_WORDS, CUE.delivery, (w: string) => DELIVERY_VERB.test(w) || MAKES_FOR.test(w)],
    ['receiving verbs', cueWords.RECEIVES_WORDS, CUE.receives, (w: string) => RECEIVES.test(w)],
    ['owner nouns', cueWords.OWNER_WORDS, CUE.stake, () => true],
    ['head roles', ['Chef', 'Chefin', 'Präsident', 'Bürgermeisterin', 'Sprecher', 'Vizekanzler', 'Nvidia'], CUE.headRole, (w: string) => roleOf(w)?.head === true],
  ])('%s: the bit is set exactly when the rule\'s own test holds', (_name, words, bit, test) => {
    for (const w of words) expect([w, (wordCues(w) & bit) !== 0]).toEqual([w, test(w)]);
  });
});

describe('tokenCues: the bits of a document\'s tokens and sentences', () => {
  it('sets each token\'s bits, a compound\'s by its text, and a sentence\'s as its tokens\' together', async () => {
    const doc = await extract('Tesla-Gründer Elon Musk liefert Autos. Das Haus steht. Der Konzern gehört zu 10 Prozent dem Land.');
    const cues = tokenCues(doc.tokens, doc.sentences);
    const at = (word: string) => names(cues.tokens[doc.tokens.findIndex((t) => t.text === word)]);
    expect(at('Tesla-Gründer')).toEqual(['stake', 'founding', 'foundingPart']);
    expect(at('liefert')).toEqual(['delivery']);
    expect(at('Haus')).toEqual([]);
    expect(at('gehört')).toEqual(['stake']);
    expect([...cues.sentences].map(names)).toEqual([
      ['delivery', 'stake', 'founding', 'foundingPart'],
      [],
      ['stake', 'stakeWord'],
    ]);
  });
});
