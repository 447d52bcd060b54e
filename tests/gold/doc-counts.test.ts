import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The counts the README states about the gold sets, checked against the gold files instead of kept by hand. */

const root = join(import.meta.dirname, '..', '..');

interface Counts {
  articles: number;
  mentions: number;
  relations: number;
}

/** Articles, gold mentions and gold relations of a gold folder. */
function goldCounts(dir: string): Counts {
  const files = readdirSync(join(root, dir)).filter((f) => f.endsWith('.json'));
  const golds = files.map((f) => JSON.parse(readFileSync(join(root, dir, f), 'utf8')) as { mentions: unknown[]; relations: unknown[] });
  return { articles: files.length, mentions: golds.reduce((n, g) => n + g.mentions.length, 0), relations: golds.reduce((n, g) => n + g.relations.length, 0) };
}

/** A number as the README writes it: `1,232`. */
const written = (n: number) => n.toLocaleString('en-US');

const corpus = goldCounts('corpus/gold');
const heldout = goldCounts('corpus/heldout/gold');

describe('counts in README.md', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');

  it.each([
    ['the corpus', `${written(corpus.articles)} articles written for this project, ${written(corpus.mentions)} gold mentions`],
    ['the held-out set', `(\`corpus/heldout/\`, ${written(heldout.articles)} articles, ${written(heldout.mentions)} mentions, ${written(heldout.relations)} relations)`],
  ])('%s: %s', (_set, sentence) => {
    expect(readme).toContain(sentence);
  });
});
