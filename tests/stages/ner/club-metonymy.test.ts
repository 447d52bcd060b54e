import { describe, expect, it } from 'vitest';
import { extractText, openPipeline } from '../../../src/api.js';
import { clubPlaceWords } from '../../../src/stages/ner/95-club-metonymy.js';
import type { KbEntry } from '../../../src/kb/types.js';

const pipeline = await openPipeline();

/** `text/TYPE/kbId` of each mention of `word`. */
async function mentionsOf(text: string, word: string): Promise<string[]> {
  const doc = await extractText(pipeline, text);
  return doc.mentions.filter((m) => m.text === word).map((m) => `${m.text}/${m.type}/${m.kbId ?? '-'}`);
}

describe('a club\'s place name in a football report is the club (issue 15: Bayern as FC Bayern)', () => {
  it.each([
    ['a match result', 'Bayern gewann am Samstag mit 3:0 gegen Dortmund.', 'Dortmund', 'Dortmund/ORG/org:borussia-dortmund'],
    ['the state name of a club', 'Bayern gewann am Samstag mit 3:0 gegen Dortmund.', 'Bayern', 'Bayern/ORG/org:fc-bayern-munich'],
    ['a football word', 'Der Gladbacher Nordtveit feiert seinen Treffer gegen Dortmund.', 'Dortmund', 'Dortmund/ORG/org:borussia-dortmund'],
    ['a place after a preposition stays a place', 'Das Spiel in Dortmund endete 1:1.', 'Dortmund', 'Dortmund/LOC/loc:dortmund'],
    ['a dateline stays a place', 'Nürnberg (dpa) - Torjäger Robert Vittek ist ins Mannschaftstraining zurückgekehrt.', 'Nürnberg', 'Nürnberg/LOC/loc:nuremberg'],
    ['a clock time is no match result', 'Um 11:51 meldete Köln einen Stromausfall.', 'Köln', 'Köln/LOC/loc:cologne'],
    ['the Brandenburger Tor is no goal', 'Die Opfer von Paris wurden am Brandenburger Tor geehrt.', 'Paris', 'Paris/LOC/loc:paris'],
  ])('%s: %s', async (_case, text, word, expected) => {
    expect(await mentionsOf(text, word)).toEqual([expected]);
  });
});

describe('clubPlaceWords', () => {
  const club = (id: string, name: string, aliases: string[] = []) => ({ id, type: 'ORG', schemaType: 'SportsTeam', name, aliases }) as KbEntry;
  it.each([
    ['one club of the word', [club('org:a', 'Borussia Dortmund')], 'Dortmund', 'org:a'],
    ['a word two clubs share is left out', [club('org:a', '1. FC Union Berlin'), club('org:b', 'Hertha BSC', ['Hertha BSC Berlin'])], 'Berlin', undefined],
    ['words from aliases count', [club('org:a', 'FC Bayern München', ['Bayern München'])], 'Bayern', 'org:a'],
    ['acronyms and short words do not', [club('org:a', 'SC Freiburg')], 'SC', undefined],
  ])('%s', (_case, entries, word, expected) => {
    expect(clubPlaceWords(entries).get(word)?.id).toBe(expected);
  });
});
