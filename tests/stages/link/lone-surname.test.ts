import { describe, expect, it } from 'vitest';
import { countableSurname, standsAlone } from '../../../src/stages/link/lone-surname.js';

// Regression (issue 15, prominence.tsv): every `Thomas`, `Otto`, `Brand` of the development text counted for the one
// table person of that surname named there in full (`Mitchell Thomas` 127, `Ralph Brand` 30), so that obscure
// footballers passed as prominent.
const words = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('a lone surname counted toward a person\'s prominence', () => {
  it.each([
    ['Wirtschaftsminister Gabriel sagte am Montag in Berlin, die Energiewende komme voran.', 'Gabriel', true],
    ['Das sagte Gabriel.', 'Gabriel', true],
    ['Innenminister Thomas de Maizière sagte am Montag, die Lage sei ernst.', 'Thomas', false],
    ['Otto Schily verteidigte die Anti-Terror-Gesetze.', 'Otto', false],
    ['Trump sagte am Montag, er werde nicht nachgeben.', 'Trump', true],
  ])('%s (%s: %s)', (sentence, surname, expected) => {
    const w = words(sentence);
    expect(standsAlone(w, w.indexOf(surname))).toBe(expected);
  });

  it.each([
    ['Gabriel', true],
    ['Merkel', true],
    ['Brand', false],
    ['Stein', false],
    ['Park', false],
    ['Rau', false],
  ])('%s may be counted alone: %s', (surname, expected) => {
    expect(countableSurname(surname)).toBe(expected);
  });
});
