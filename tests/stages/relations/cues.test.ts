import { describe, expect, it } from 'vitest';
import * as cues from '../../../src/stages/relations/cues.js';

/** The word sets of the relation rules, by name. */
const SETS = {
  DELIVERY_VERBS: cues.DELIVERY_VERBS,
  MAKES_FOR_VERBS: cues.MAKES_FOR_VERBS,
  RECEIVING_VERBS: cues.RECEIVING_VERBS,
  STAKE_AN: cues.STAKE_AN,
  STAKE_WORDS: cues.STAKE_WORDS,
  OWNER_NOUNS: cues.OWNER_NOUNS,
  BELONGS_VERBS: cues.BELONGS_VERBS,
  ACQUIRED_VERBS: cues.ACQUIRED_VERBS,
  JOINT_NOUNS: cues.JOINT_NOUNS,
  FOUNDER_NOUNS: cues.FOUNDER_NOUNS,
  FOUNDED_VERBS: cues.FOUNDED_VERBS,
};

/** The names of the sets holding `word`. */
const holding = (word: string) => Object.entries(SETS).filter(([, set]) => set.has(word)).map(([name]) => name);

describe('the cue words of the relation rules', () => {
  it.each([
    // suppliesTo: `Nvidia darf wieder H20-Chips nach China liefern`, `Foxconn fertigt für Apple`, `X bezog Gas von Y`
    ['liefern', ['DELIVERY_VERBS']],
    ['ausgeliefert', ['DELIVERY_VERBS']],
    ['verkauften', ['DELIVERY_VERBS']],
    ['exportierte', ['DELIVERY_VERBS']],
    ['zuliefern', ['DELIVERY_VERBS']],
    ['auszuliefern', []],
    ['lieferbar', []],
    ['fertigt', ['MAKES_FOR_VERBS']],
    ['produziert', ['MAKES_FOR_VERBS']],
    ['bezog', ['RECEIVING_VERBS']],
    // shareholderOf: `Das Land Niedersachsen hält 20 Prozent an Volkswagen`, `Größter Aktionär von Y ist X`
    ['an', ['STAKE_AN']],
    ['Anteile', ['STAKE_WORDS']],
    ['Aktie', []],
    ['Großaktionärin', ['OWNER_NOUNS']],
    ['Aktionärs', ['OWNER_NOUNS']],
    ['gehörten', ['BELONGS_VERBS']],
    ['erwarb', ['ACQUIRED_VERBS']],
    ['Joint-Ventures', ['JOINT_NOUNS']],
    ['Tochtergesellschaft', ['JOINT_NOUNS']],
    ['Tochtergesellschaften', []],
    // founderOf: `Tesla-Gründer Elon Musk`, `Biontech wurde 2008 von Ugur Sahin mitgegründet`
    ['Mitbegründerin', ['FOUNDER_NOUNS']],
    ['mitgegründet', ['FOUNDED_VERBS']],
    ['Gründung', []],
  ])('%s: %j', (word, expected) => {
    expect(holding(word)).toEqual(expected);
  });

  it('each word starts at most one clause of stakes, so the order of the clauses never decides', () => {
    const clauses = [cues.STAKE_AN, cues.OWNER_NOUNS, cues.BELONGS_VERBS, cues.JOINT_NOUNS, cues.ACQUIRED_VERBS];
    const all = clauses.flatMap((set) => [...set]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('every founder noun and founding verb holds the founding stem, the cue of founderOf', () => {
    for (const word of [...cues.FOUNDER_NOUNS, ...cues.FOUNDED_VERBS]) expect(word).toContain(cues.FOUNDING_STEM);
  });

  it.each([
    ['Chef', true],
    ['Ministerpräsidentin', true],
    ['Vorstand', true],
    ['Vizepräsident', false],
    ['Sprecher', false],
    ['chef', false],
  ])('isHeadRole(%s) -> %s', (word, expected) => {
    expect(cues.isHeadRole(word)).toBe(expected);
  });

  it('expands stems and suffixes', () => {
    expect(cues.expand(['Tochter', 'Aktionär'], ['', 's'])).toEqual(['Tochter', 'Tochters', 'Aktionär', 'Aktionärs']);
  });
});
