import { describe, expect, it } from 'vitest';
import { isBusinessRole } from '../../../src/lang/de/business-roles.js';

describe('isBusinessRole: role nouns of business before a name', () => {
  it.each([
    ['Konzernchef', true],
    ['Markit-Chefökonom', true],
    ['Chefvolkswirtin', true],
    ['VW-Vorstandsvorsitzende', true],
    ['Finanzvorstand', true],
    ['Fondsmanager', true],
    ['Unternehmerin', true],
    ['FPÖ-Landeschef', false],
    ['Zentralbankchefin', false],
    ['US-Notenbankchef', false],
    ['Parteichef', false],
    ['Schalke-Manager', false],
    ['Trainer', false],
    ['Bundeskanzlerin', false],
    ['Abwehrspieler', false],
  ])('%s: %s', (word, expected) => {
    expect(isBusinessRole(word)).toBe(expected);
  });
});
