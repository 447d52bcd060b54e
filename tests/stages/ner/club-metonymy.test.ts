import { describe, expect, it } from 'vitest';
import { extractText, openPipeline } from '../../../src/api.js';
import { clubPlaceWords } from '../../../src/stages/ner/95-club-metonymy.js';
import { companyClubs } from '../../../src/stages/ner/club-places.js';
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

describe('club metonymy on real news (issue 15: cues, genitives, table clubs, lists of clubs)', () => {
  it.each([
    ['a match minute was no cue', 'Bremen wurde am Mittwoch durch ein Tor von Neuzugang Anthony Ujah (102.) erlöst.', 'Bremen', 'Bremen/ORG/org:werder-bremen'],
    ['a genitive club place was the city', 'Wolfsburgs Trainer Dieter Hecking war nach dem Spiel zufrieden.', 'Wolfsburgs', 'Wolfsburgs/ORG/org:vfl-wolfsburg'],
    ['`Spieltags` was no cue', 'Zum Auftakt des 16. Spieltags gastiert Stuttgart am Freitagabend in Mainz.', 'Stuttgart', 'Stuttgart/ORG/org:vfb-stuttgart'],
    ['a place after `in` stays a place in a report', 'Zum Auftakt des 16. Spieltags gastiert Stuttgart am Freitagabend in Mainz.', 'Mainz', 'Mainz/LOC/loc:mainz'],
    ['`Partie` was no cue', 'Die Partie gegen Mainz endete torlos.', 'Mainz', 'Mainz/ORG/org:mainz-05'],
    ['`Aufsteiger` was no cue', 'Der Aufsteiger aus Köln verlor gegen Freiburg.', 'Freiburg', 'Freiburg/ORG/org:sc-freiburg'],
    ['a place of a table club `SV <place>` was the town', 'Sandhausen musste die erste Niederlage in der Liga seit September hinnehmen.', 'Sandhausen', 'Sandhausen/ORG/org:wd-q639525'],
    ['a place listed with a club', 'Selbst die TSG Hoffenheim und Augsburg stehen besser da als Schalke.', 'Augsburg', 'Augsburg/ORG/org:fc-augsburg'],
    ['a second team is a club but not the first team', 'Am Sonntag spielt Stuttgart II gegen Mainz II um Punkte für die 3. Liga.', 'Stuttgart', 'Stuttgart/ORG/-'],
    ['a placing is no match minute (regression: Rapid Wien)', 'Eine Woche vor Wien war sie beim Meeting in Den Haag (4.) gestartet.', 'Wien', 'Wien/LOC/loc:vienna'],
    ['a club named elsewhere in the sentence is no report', 'Florian Wirtz verlässt Leverkusen und geht zum FC Liverpool.', 'Leverkusen', 'Leverkusen/LOC/loc:leverkusen'],
    ['a place after `Heimat` stays a place (regression: Bochum became VfL Bochum)', 'Der Mittelfeldspieler konnte in seiner alten Heimat Bochum noch nicht überzeugen.', 'Bochum', 'Bochum/LOC/loc:bochum'],
    ['`mit von der Partie` is no match', 'Beim Städtetag in Brüssel war auch Dortmund mit von der Partie.', 'Dortmund', 'Dortmund/LOC/loc:dortmund'],
    // A company a club is named after (as in Leipzig 2015 sentence 3451: the company, without a link, before).
    ['the company a club is named after was the company in a report', 'In der Champions League steht Bayer nach der Niederlage unter Druck.', 'Bayer', 'Bayer/ORG/org:bayer-04-leverkusen'],
    ['the company a club is named after, with a match result', 'Bayer gewann das rheinische Derby gegen den 1. FC Köln mit 2:0.', 'Bayer', 'Bayer/ORG/org:bayer-04-leverkusen'],
    ['the company outside a report stays the company', 'Aber natürlich geht Bayer bei dem Deal nicht leer aus.', 'Bayer', 'Bayer/ORG/org:bayer'],
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

describe('companyClubs: companies a curated club is named after', () => {
  const club = (id: string, name: string, aliases: string[] = []) => ({ id, type: 'ORG', schemaType: 'SportsTeam', name, aliases }) as KbEntry;
  const company = (id: string, name: string) => ({ id, type: 'ORG', schemaType: 'Corporation', name }) as KbEntry;
  it.each([
    ['a club named after a company', [company('org:bayer', 'Bayer'), club('org:b04', 'Bayer 04 Leverkusen', ['Bayer Leverkusen'])], 'org:bayer', 'org:b04'],
    ['two clubs of one company: neither', [company('org:bayer', 'Bayer'), club('org:b04', 'Bayer 04 Leverkusen'), club('org:b05', 'Bayer 05 Uerdingen')], 'org:bayer', undefined],
    ['a club of the company\'s very name is no club named after it', [company('org:x', 'Union'), club('org:u', 'Union')], 'org:x', undefined],
    ['a company of two words does not count', [company('org:rb', 'Red Bull'), club('org:rbs', 'Red Bull Salzburg')], 'org:rb', undefined],
  ])('%s', (_case, entries, companyId, expected) => {
    expect(companyClubs(entries).get(companyId)?.id).toBe(expected);
  });
});
