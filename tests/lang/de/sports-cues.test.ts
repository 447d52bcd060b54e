import { describe, expect, it } from 'vitest';
import { CLUB_PREFIXES, isFootballCue, MATCH_MINUTE, RESERVE_TEAM, SCORE } from '../../../src/lang/de/sports-cues.js';

describe('isFootballCue: the words of a football report (issue 15: Spieltag, Partie, Aufsteiger were missing)', () => {
  it.each([
    ['a match day in the genitive', 'spieltags', [], true],
    ['a match', 'partie', ['vor', 'der'], true],
    ['the idiom `mit von der Partie` is none', 'partie', ['von', 'der'], false],
    ['a promoted side', 'aufsteiger', [], true],
    ['a home game', 'heimspiel', [], true],
    ['an away win', 'auswärtssieg', [], true],
    ['a goalkeeper', 'torhüter', [], true],
    ['a hyphen compound on the league', 'bundesliga-topspiel', [], true],
    ['a compound after a hyphen', 'fußball-weltmeister', [], true],
    ['a closed compound', 'elfmeterschießen', [], true],
    ['`League` after `Champions`', 'league', ['in', 'champions'], true],
    ['`League` alone is none', 'league', ['the', 'national'], false],
    ['`Tor` alone is none (`Brandenburger Tor`)', 'tor', [], false],
    ['`Sieg` belongs to politics too', 'sieg', [], false],
    ['`Spiel` belongs to politics too', 'spiel', [], false],
  ])('%s: %s', (_case, word, before, expected) => {
    expect(isFootballCue(word, before)).toBe(expected);
  });
});

describe('match results, minutes and second teams', () => {
  it.each([
    ['a result', SCORE, 'gewann mit 3:0 gegen Mainz', true],
    ['a clock time is no result', SCORE, 'um 11:51 Uhr', false],
    ['a minute of extra time', MATCH_MINUTE, 'erlöste Ujah die Bremer (102.)', true],
    ['a minute of stoppage time', MATCH_MINUTE, 'der Ausgleich (90.+2)', true],
    ['a placing is no minute (regression: `Wien` became Rapid Wien)', MATCH_MINUTE, 'beim Challenge Cup in Den Haag (4.)', false],
    ['a second team', RESERVE_TEAM, 'II', true],
    ['a youth team', RESERVE_TEAM, 'U23', true],
    ['a roman numeral in a name is no team', RESERVE_TEAM, 'IV', false],
  ])('%s: %s', (_case, pattern, text, expected) => {
    expect(pattern.test(text)).toBe(expected);
  });

  it.each(['SV', 'TSV', 'VfB', 'SpVgg', 'SuS', 'TuS'])('%s is a club prefix', (prefix) => {
    expect(CLUB_PREFIXES.has(prefix)).toBe(true);
  });
});
