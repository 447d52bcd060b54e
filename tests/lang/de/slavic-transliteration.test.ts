import { describe, expect, it } from 'vitest';
import { englishTransliteration, englishTransliterations } from '../../../src/lang/de/slavic-transliteration.js';

// Folded keys (src/stages/link/fold.ts) of names as German news writes them, and Wikidata's English labels.
describe('englishTransliteration', () => {
  it.each([
    ['petro poroschenko', 'petro poroshenko'],
    ['boris nemzow', 'boris nemtsov'],
    ['maria scharapowa', 'maria sharapova'],
    ['iwan tichon', 'ivan tikhon'],
    ['michail chodorkowski', 'mikhail khodorkovsky'],
    ['sergej lawrow', 'sergey lavrov'],
    ['arsenij jazenjuk', 'arseniy yatsenyuk'],
    ['nursultan nasarbajew', 'nursultan nazarbayev'],
  ])('%s -> %s', (german, english) => {
    expect(englishTransliteration(german)).toBe(english);
  });

  it.each([
    ['michail gorbatschow', ['mikhail gorbachov', 'mikhail gorbachev']],
    ['nikita chruschtschow', ['nikita khrushchov', 'nikita khrushchev']],
    ['michail kalaschnikow', ['mikhail kalashnikov']],
    ['sergej lawrow', ['sergey lavrov']],
  ])('the spellings of %s', (german, spellings) => {
    expect(englishTransliterations(german)).toEqual(spellings);
  });

  it('leaves a name without German transliteration letters alone', () => {
    expect(englishTransliteration('barack obama')).toBe('barack obama');
  });
});
