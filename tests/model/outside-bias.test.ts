import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeModel, loadTagger, withOutsideBias } from '../../src/model/index.js';
import { NUM_TAGS } from '../../src/model/labels.js';

// Only needs models/ (committed), not ../shared/data.
const MODEL = 'models/de-ner-v1/model.bin';

describe.runIf(existsSync(MODEL))('withOutsideBias', () => {
  const original = readFileSync(MODEL);
  const tagWith = (bias: number, sentence: string): string[] => {
    const file = join(mkdtempSync(join(tmpdir(), 'faktum-bias-')), 'model.bin');
    writeFileSync(file, withOutsideBias(original, bias));
    return loadTagger(file).tag(sentence.split(' '));
  };

  it('lowers every transition into O, the start row too, and nothing else; records the bias', () => {
    const { data: before, quantised: weightsBefore } = decodeModel(original);
    const { data: after, quantised: weightsAfter } = decodeModel(withOutsideBias(original, 0.5));
    for (let prev = 0; prev <= NUM_TAGS; prev++) {
      for (let cur = 0; cur < NUM_TAGS; cur++) {
        const i = prev * NUM_TAGS + cur;
        expect(after.transitions[i]).toBeCloseTo(before.transitions[i] - (cur === 0 ? 0.5 : 0), 5);
      }
    }
    expect(after.meta.training.outsideBias).toBe(0.5);
    expect(after.meta.version).toBe(before.meta.version);
    expect(decodeModel(withOutsideBias(original, 0.2, '9.9.9')).data.meta.version).toBe('9.9.9');
    expect(Buffer.from(weightsAfter.q.buffer).equals(Buffer.from(weightsBefore.q.buffer))).toBe(true);
  });

  it.each([
    [0, 'Angela Merkel besuchte am Montag die Fabrik in München .', ['B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'O']],
    [-1000, 'Angela Merkel besuchte am Montag die Fabrik in München .', Array(10).fill('O')],
  ])('bias %s tags German news as expected (0: unchanged; a large negative bias: nothing is a name)', (bias, sentence, expected) => {
    expect(tagWith(bias, sentence)).toEqual(expected);
  });

  it('a large bias leaves no word outside a name', () => {
    expect(tagWith(1000, 'Die Fabrik steht in München .').includes('O')).toBe(false);
  });

  it('rejects a bias that is no number', () => {
    expect(() => withOutsideBias(original, Number.NaN)).toThrow(/outside bias/);
  });
});
