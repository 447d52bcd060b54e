import { describe, expect, it } from 'vitest';
import { extractText, openPipeline } from '../../../src/api.js';

const pipeline = await openPipeline();

/** `text/TYPE:QID` of each PER/ORG/LOC name mention (`-` when unlinked). */
async function links(text: string): Promise<string[]> {
  const doc = await extractText(pipeline, text);
  const qid = new Map(doc.entities.map((e) => [e.id, e.qid ?? '-']));
  return doc.mentions.filter((m) => m.kind === 'name' && ['PER', 'ORG', 'LOC'].includes(m.type)).map((m) => `${m.text}/${m.type}:${qid.get(m.entity!)}`);
}

describe('a club prefix before a place is that place\'s club, never another club of the prefix nor the place (issue 15)', () => {
  it.each([
    ['VfB before a town was VfB Stuttgart', 'Der VfB Artern gewann am Sonntag mit 2:1 gegen den Tabellenletzten.', 'VfB Artern/ORG:-'],
    ['a founding year between prefix and town; the town was linked', 'Der SuS 09 Dinslaken verlor sein Heimspiel mit 1:3.', 'SuS 09 Dinslaken/ORG:-'],
    ['a year before the place was the place or FC Bayern', 'Danach kamen 1860 München, Kickers Offenbach, 1. FC Saarbrücken.', '1860 München/ORG:Q131603'],
    ['a table club typed LOC was Kreis Offenbach', 'Danach kamen 1860 München, Kickers Offenbach, 1. FC Saarbrücken.', 'Kickers Offenbach/ORG:Q159936'],
  ])('%s: %s', async (_case, text, expected) => {
    expect(await links(text)).toContain(expected);
  });

  it.each([
    ['the prefix alone is still the curated club', 'Der VfB verlor am Samstag in Leverkusen.', 'VfB/ORG:Q4512'],
    ['the full name is still the club', 'Der VfB Stuttgart verlor am Samstag in Leverkusen.', 'VfB Stuttgart/ORG:Q4512'],
    ['a year before a place without such a club stays a date and a place', 'Im Jahr 1990 München zu verlassen, fiel ihm schwer.', 'München/LOC:Q1726'],
  ])('%s: %s', async (_case, text, expected) => {
    expect(await links(text)).toContain(expected);
  });
});
