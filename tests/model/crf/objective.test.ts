import { describe, expect, it } from 'vitest';
import { crfWork, sentenceGradient } from '../../../src/model/crf/objective.js';
import { NUM_TAGS, tagIndex } from '../../../src/model/labels.js';
import { masksOf, randomScores } from './crf-helpers.js';

const T = NUM_TAGS;

/** Log-likelihood and gradients of a sentence; `tags` with one tag per word is passed as gold, else as masks. */
function run(em: Float64Array, tr: Float64Array, tags: string, asGold: boolean) {
  const n = em.length / T;
  const masks = masksOf(tags);
  const gold = asGold ? Int32Array.from(tags.split(' '), tagIndex) : null;
  const emGrad = new Float64Array(n * T);
  const trGrad = new Float64Array((T + 1) * T);
  const ll = sentenceGradient(em, n, tr, masks, gold, crfWork(2), emGrad, trGrad);
  return { ll, emGrad, trGrad };
}

const CASES: [string, string, boolean, number][] = [
  ['Angela Merkel besucht Paris', 'B-PER I-PER O B-LOC', true, 1],
  ['Der Siemens-Chef spricht', 'O B-ORGpart B-PER O', true, 2],
  ['Siemens baut in Wien', 'B-ORG o? o? B-LOC', false, 3],
  ['die deutschen Kunden', 'o? o? o?', false, 4],
  ['Telekom-Aktie fällt', '* o?', false, 5],
];

describe('sentenceGradient', () => {
  it.each(CASES)('%s (%s): the gradient equals central finite differences of the log-likelihood', (sentence, tags, asGold, seed) => {
    const n = sentence.split(' ').length;
    const { em, tr } = randomScores(n, seed);
    const { ll, emGrad, trGrad } = run(em, tr, tags, asGold);
    expect(ll).toBeLessThan(0);
    const h = 1e-5;
    const numeric = (a: Float64Array, k: number): number => {
      const v = a[k];
      a[k] = v + h;
      const up = run(em, tr, tags, asGold).ll;
      a[k] = v - h;
      const down = run(em, tr, tags, asGold).ll;
      a[k] = v;
      return (up - down) / (2 * h);
    };
    for (let k = 0; k < n * T; k++) expect(emGrad[k]).toBeCloseTo(numeric(em, k), 6);
    for (let k = 0; k < (T + 1) * T; k++) expect(trGrad[k]).toBeCloseTo(numeric(tr, k), 6);
  });

  it.each(CASES.filter((c) => c[2]))('%s (%s): the partial-label numerator with single-tag masks equals the full-label one', (sentence, tags, _, seed) => {
    const n = sentence.split(' ').length;
    const { em, tr } = randomScores(n, seed + 50);
    const full = run(em, tr, tags, true);
    const partial = run(em, tr, tags, false);
    expect(partial.ll).toBeCloseTo(full.ll, 10);
    full.emGrad.forEach((g, k) => expect(partial.emGrad[k]).toBeCloseTo(g, 10));
    full.trGrad.forEach((g, k) => expect(partial.trGrad[k]).toBeCloseTo(g, 10));
  });

  it.each([
    ['masks', false],
    ['gold', true],
  ])('returns NaN and adds nothing to the transition gradient when the %s allow no path (I-PER after B-LOC)', (_, asGold) => {
    const { em, tr } = randomScores(2, 7);
    const { ll, trGrad } = run(em, tr, 'B-LOC I-PER', asGold as boolean);
    expect(ll).toBeNaN();
    expect(trGrad.every((g) => g === 0)).toBe(true);
  });

  it('gives a log-likelihood near 0 when the gold path dominates', () => {
    const tags = 'B-PER I-PER O B-LOC';
    const { tr } = randomScores(4, 8);
    const em = new Float64Array(4 * T);
    tags.split(' ').forEach((t, i) => (em[i * T + tagIndex(t)] = 40));
    expect(run(em, tr, tags, true).ll).toBeGreaterThan(-1e-6);
  });
});
