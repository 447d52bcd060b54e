import { describe, expect, it } from 'vitest';
import { extract, mentionLabels } from '../../helpers/pipeline.js';

/**
 * Regression (model 1.2.0): `Tyrion (Peter Dinklage)`, the actor in brackets after his role, was tagged a place,
 * so the linker, which never links across types, left him unlinked.
 */
describe('findBracketPersons: an actor in brackets after the role', () => {
  it.each([
    ['Und Tyrion (Peter Dinklage) findet sich in einer angespannten Situation wieder.', 'Peter Dinklage/PER', true],
    ['Kommissar Thiel (Axel Prahl) ermittelt wieder in Münster.', 'Axel Prahl/PER', true],
    ['Die Stadt Halle (Saale) wächst wieder.', 'Saale/PER', false],
    ['Der Konzern (Peter Müller AG) meldet Gewinn.', 'Peter Müller/PER', false],
  ])('%s -> %s: %s', async (text, label, expected) => {
    expect(mentionLabels(await extract(text)).includes(label)).toBe(expected);
  });
});
