import { NUM_TAGS, transitionAllowed } from '../../src/model/labels.js';

/**
 * Visits every allowed tag path of an `n`-word sentence over `tags`, in lexicographic order, with its score
 * (start transition, transitions and emissions; no end row): the exhaustive reference the Viterbi tests compare with.
 */
export function forEachPath(
  em: ArrayLike<number>,
  n: number,
  tr: ArrayLike<number>,
  tags: readonly number[],
  visit: (path: readonly number[], score: number) => void,
): void {
  const path: number[] = [];
  const walk = (i: number, score: number): void => {
    if (i === n) {
      visit(path, score);
      return;
    }
    for (const c of tags) {
      const p = i === 0 ? -1 : path[i - 1];
      if (!transitionAllowed(p, c)) continue;
      path.push(c);
      walk(i + 1, score + (p < 0 ? tr[NUM_TAGS * NUM_TAGS + c] : tr[p * NUM_TAGS + c]) + em[i * NUM_TAGS + c]);
      path.pop();
    }
  };
  walk(0, 0);
}
