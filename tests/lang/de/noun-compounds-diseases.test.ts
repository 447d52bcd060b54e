import { describe, expect, it } from 'vitest';
import { isDiseaseMention } from '../../../src/lang/de/diseases.js';
import { isNounNounCompound } from '../../../src/lang/de/noun-compounds.js';

describe('isNounNounCompound', () => {
  it.each([
    ['Flüchtlingsheim', true],
    ['Schlangenlinien', true],
    ['Hausnummer', true],
    ['Klinikverbund', true],
    ['Stammklub', true],
    ['Hamburg', false],
    ['Wolfsburg', false],
    ['Rosenheim', false],
    ['Bahnhofstraße', false],
    ['Ostafrika', false],
    ['Grasemann', false],
    ['Sowjetunion', false],
    ['HypoVereinsbank', false],
    ['Merkel', false],
  ])('%s -> %s', (word, expected) => {
    expect(isNounNounCompound(word)).toBe(expected);
  });
});

describe('isDiseaseMention', () => {
  it.each([
    ['Corona', true],
    ['Corona-Zeiten', true],
    ['Coronakrise', true],
    ['Ebola-Virus', true],
    ['COVID-19', true],
    ['Alzheimer', false],
    ['Alzheimer-Patienten', true],
    ['Coronado', false],
    ['Corona Borealis', false],
    ['Hamburg', false],
  ])('%s -> %s', (text, expected) => {
    expect(isDiseaseMention(text)).toBe(expected);
  });
});
