import { describe, expect, it } from 'vitest';
import { fbWork, forwardBackward, transitionFactors } from '../../../src/model/crf/forward-backward.js';
import { NUM_TAGS, TAGS } from '../../../src/model/labels.js';
import { bruteForce, masksOf, randomScores } from './crf-helpers.js';

const T = NUM_TAGS;

// German sentences with the masks a reader would give them: GermEval gold (one tag each), partial O of the
// DFKI/Europeana corpora (`o?`), words left open (`*`)
const CASES: [string, string | null, number][] = [
  ['Merkel', null, 1],
  ['Merkel spricht', null, 2],
  ['Angela Merkel besucht', null, 3],
  ['Angela Merkel besucht', 'B-PER I-PER O', 4],
  ['Siemens baut in', 'B-ORG o? o?', 5],
  ['in Wien .', 'o? * o?', 6],
  ['die Telekom-Aktie fällt', 'o? * o? o?', 7],
];

describe('forwardBackward against all paths', () => {
  it.each(CASES)('%s (masks %s): log Z, node and edge marginals equal the exhaustive sums', (sentence, tags, seed) => {
    const n = sentence.split(' ').length;
    const { em, tr } = randomScores(n, seed);
    const masks = tags ? masksOf(tags) : undefined;
    const node = new Float64Array(n * T);
    const edges = new Float64Array((T + 1) * T);
    const logZ = forwardBackward(em, n, transitionFactors(tr), masks, fbWork(n), node, edges);
    const ref = bruteForce(em, n, tr, masks);
    expect(logZ).toBeCloseTo(ref.logZ, 9);
    ref.node.forEach((p, k) => expect(node[k]).toBeCloseTo(p, 9));
    ref.edges.forEach((p, k) => expect(edges[k]).toBeCloseTo(p, 9));
  });

  it.each(CASES)('%s (masks %s): the marginals of each token sum to 1 and the edges to the number of tokens', (sentence, tags, seed) => {
    const n = sentence.split(' ').length;
    const { em, tr } = randomScores(n, seed + 100);
    const node = new Float64Array(n * T);
    const edges = new Float64Array((T + 1) * T);
    forwardBackward(em, n, transitionFactors(tr), tags ? masksOf(tags) : undefined, fbWork(n), node, edges);
    for (let i = 0; i < n; i++) expect(node.subarray(i * T, i * T + T).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(edges.reduce((a, b) => a + b, 0)).toBeCloseTo(n, 10);
  });

  it('gives I-X no mass at the sentence start nor after another type (the BIO constraints)', () => {
    const { em, tr } = randomScores(3, 9);
    const node = new Float64Array(3 * T);
    forwardBackward(em, 3, transitionFactors(tr), undefined, fbWork(3), node);
    TAGS.forEach((t, c) => {
      if (t.startsWith('I-')) expect(node[c]).toBe(0);
    });
  });

  it.each([
    ['I-PER at the start', 'I-PER O'],
    ['I-LOC after B-PER', 'B-PER I-LOC'],
  ])('returns -Infinity when the masks allow no legal path (%s)', (_, tags) => {
    const { em, tr } = randomScores(2, 3);
    expect(forwardBackward(em, 2, transitionFactors(tr), masksOf(tags), fbWork(2), new Float64Array(2 * T))).toBe(-Infinity);
  });

  it('stays finite with scores far beyond exp range (scaled per token)', () => {
    const { em, tr } = randomScores(4, 11);
    for (let k = 0; k < em.length; k++) em[k] = em[k] * 200 + 5000;
    const node = new Float64Array(4 * T);
    const logZ = forwardBackward(em, 4, transitionFactors(tr), undefined, fbWork(4), node);
    expect(Number.isFinite(logZ)).toBe(true);
    expect(node.subarray(0, T).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
