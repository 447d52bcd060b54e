import { describe, expect, it } from 'vitest';
import { announcesNoun } from '../../../src/lang/de/determiners.js';

describe('announcesNoun', () => {
  it.each([
    ['die', true],
    ['Der', true],
    ['seinem', true],
    ['neuen', true],
    ['großer', true],
    ['größte', true],
    ['nächsten', true],
    ['geplante', true],
    ['kritisierte', false],
    ['sagten', false],
    ['hatte', false],
    ['wurde', false],
    ['gegen', false],
    ['zudem', false],
    ['wieder', false],
    ['im', false],
    ['und', false],
  ])('%s -> %s', (word, expected) => expect(announcesNoun(word)).toBe(expected));
});
