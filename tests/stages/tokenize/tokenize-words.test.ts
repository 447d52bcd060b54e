import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../../src/stages/tokenize/index.js';

describe('tokenizeWords (KB names split as documents are)', () => {
  it.each([
    ['Deutsche Bahn', ['Deutsche', 'Bahn']],
    ['Sat.1', ['Sat', '.', '1']],
    ['Bündnis 90/Die Grünen', ['Bündnis', '90', '/', 'Die', 'Grünen']],
    ['1. FC Köln', ['1.', 'FC', 'Köln']],
    ['US-Dollar', ['US-Dollar']],
    ['Halle (Saale)', ['Halle', '(', 'Saale', ')']],
  ])('%s', (text, words) => expect(tokenizeWords(text)).toEqual(words));
});
