import { mulberry32 } from '../../../src/model/hash.js';
import { ALL_TAGS_MASK, maskOf, NUM_TAGS, tagIndex, UNLABELED_O_MASK } from '../../../src/model/labels.js';
import { forEachPath } from '../all-paths.js';

const T = NUM_TAGS;
const ALL = Array.from({ length: T }, (_, i) => i);

/** Random emission and transition scores in [-2, 2) for an `n`-word sentence (seeded). */
export function randomScores(n: number, seed: number): { em: Float64Array; tr: Float64Array } {
  const random = mulberry32(seed);
  const em = Float64Array.from({ length: n * T }, () => random() * 4 - 2);
  const tr = Float64Array.from({ length: (T + 1) * T }, () => random() * 4 - 2);
  return { em, tr };
}

/** Masks of a German sentence's tags: a tag name is that one tag, `*` every tag, `o?` the partial O of unlabelled corpora. */
export function masksOf(tags: string): number[] {
  return tags.split(' ').map((t) => (t === '*' ? ALL_TAGS_MASK : t === 'o?' ? UNLABELED_O_MASK : maskOf(tagIndex(t))));
}

/**
 * Exhaustive reference: log Z over the allowed paths consistent with `masks` (every path without), the node
 * marginals and the expected transition counts (`(T + 1) * T`, last row the start).
 */
export function bruteForce(em: ArrayLike<number>, n: number, tr: ArrayLike<number>, masks?: readonly number[]): { logZ: number; node: number[]; edges: number[] } {
  const paths: { path: number[]; score: number }[] = [];
  forEachPath(em, n, tr, ALL, (path, score) => {
    if (!masks || path.every((c, i) => masks[i] & (1 << c))) paths.push({ path: [...path], score });
  });
  const max = Math.max(...paths.map((p) => p.score));
  const z = paths.reduce((a, p) => a + Math.exp(p.score - max), 0);
  const node = new Array(n * T).fill(0);
  const edges = new Array((T + 1) * T).fill(0);
  for (const { path, score } of paths) {
    const p = Math.exp(score - max) / z;
    path.forEach((c, i) => {
      node[i * T + c] += p;
      edges[(i === 0 ? T : path[i - 1]) * T + c] += p;
    });
  }
  return { logZ: max + Math.log(z), node, edges };
}
