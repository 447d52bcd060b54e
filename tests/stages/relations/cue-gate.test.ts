import { describe, expect, it } from 'vitest';
import { cueGate, expand } from '../../../src/stages/relations/cue-gate.js';
import * as cues from '../../../src/stages/relations/cue-words.js';
import { ACQUIRED, BELONGS, JOINT, OWNER_NOUNS } from '../../../src/stages/relations/60-stakes.js';
import { DELIVERY_VERB, MAKES_FOR, RECEIVES } from '../../../src/stages/relations/50-supplies-to.js';

describe('cueGate', () => {
  const gate = cueGate(['Aktionär', 'gehört', 'übernommen']);

  it.each([
    ['Aktionär', true],
    ['gehört', true],
    ['übernommen', true],
    // Same first letter and length as a cue: passes, the pattern decides.
    ['Abteilun', true],
    ['Aktionärs', false],
    ['gehören', false],
    ['Siemens', false],
    ['', false],
  ])('%s -> %s', (word, expected) => {
    expect(gate(word)).toBe(expected);
  });

  it('expands stems and suffixes', () => {
    expect(expand(['Tochter', 'Aktionär'], ['', 's'])).toEqual(['Tochter', 'Tochters', 'Aktionär', 'Aktionärs']);
  });
});

describe('cue word lists', () => {
  it.each([
    ['owner nouns', cues.OWNER_WORDS, OWNER_NOUNS, 30],
    ['belongs', cues.BELONGS_WORDS, BELONGS, 4],
    ['acquired', cues.ACQUIRED_WORDS, ACQUIRED, 6],
    ['joint', cues.JOINT_WORDS, JOINT, 14],
    ['delivery verbs', cues.DELIVERY_WORDS, DELIVERY_VERB, 99],
    ['makes for', cues.MAKES_FOR_WORDS, MAKES_FOR, 15],
    ['receives', cues.RECEIVES_WORDS, RECEIVES, 9],
  ])('%s: every listed word matches the pattern, and the list is complete', (_name, words, pattern, size) => {
    for (const w of words) expect(pattern.test(w)).toBe(true);
    // The count of distinct words equals the size of the pattern's language (alternatives times optional endings,
    // less the words two alternatives share: `liefert` is `liefer` + `t` and `liefert`).
    expect(new Set(words).size).toBe(size);
  });

  it.each([
    ['Großaktionärin', cues.OWNER_WORDS],
    ['Tochtergesellschaften', []],
    ['auszuliefern', []],
    ['ausgeliefert', cues.DELIVERY_WORDS],
    ['verkauften', cues.DELIVERY_WORDS],
    ['exportierte', cues.DELIVERY_WORDS],
  ])('real words: %s is a cue exactly when listed', (word, list) => {
    const patterns = [OWNER_NOUNS, BELONGS, ACQUIRED, JOINT, DELIVERY_VERB, MAKES_FOR, RECEIVES];
    expect(patterns.some((p) => p.test(word))).toBe(list.includes(word));
  });
});
