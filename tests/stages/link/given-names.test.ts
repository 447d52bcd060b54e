import { describe, expect, it } from 'vitest';
import { getKb } from '../../../src/pipeline/resources.js';
import { candidateIndex } from '../../../src/stages/link/candidate-index.js';
import { RARE_GIVEN_NAME, rareGivenName } from '../../../src/stages/link/given-names.js';
import type { KbEntry } from '../../../src/kb/types.js';

const index = candidateIndex(getKb());
const person = (name: string) => ({ id: `per:test-${name}`, type: 'PER', name }) as KbEntry;

describe('rare given names: how many KB names a first word starts', () => {
  it.each([
    ['Serena Williams', true],
    ['Hildegard Knef', true],
    ['Thomas Müller', false],
    ['Klaus Müller', false],
    ['Michael Williams', false],
    // One word has no given name to weigh.
    ['Madonna', false],
  ])('%s: rare %s', (name, rare) => {
    expect(rareGivenName(person(name), index)).toBe(rare);
  });

  it('counts the compiled table\'s names as well as the loaded ones, up to a limit', () => {
    expect(index.keysStartingWith('thomas', 1000)).toBeGreaterThan(5 * RARE_GIVEN_NAME);
    expect(index.keysStartingWith('thomas', RARE_GIVEN_NAME)).toBe(RARE_GIVEN_NAME);
    expect(index.keysStartingWith('serena', 1000)).toBeGreaterThan(0);
    expect(index.keysStartingWith('serena', 1000)).toBeLessThan(RARE_GIVEN_NAME);
    expect(index.keysStartingWith('qqxq', 1000)).toBe(0);
  });
});
