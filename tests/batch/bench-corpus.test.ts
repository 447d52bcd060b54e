import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, countTokens } from '../../src/cli/bench.js';
import { tmp } from './helpers.js';

describe('bench corpus', () => {
  it('counts tokens the same way for every tool', () => {
    expect(countTokens('Nvidia-Chef Jensen Huang sagte: „4,5 Milliarden“.')).toBe(14);
  });

  it('repeats the corpus articles and GermEval dev sentences up to the size asked for', () => {
    const data = tmp('faktum-data-');
    mkdirSync(join(data, 'germeval2014'));
    writeFileSync(join(data, 'germeval2014', 'NER-de-dev.tsv'), '#\tsource\n1\tHuang\tB-PER\tO\n2\tspricht\tO\tO\n\n#\tx\n1\tBerlin\tB-LOC\tO\n\n');
    const corpus = buildCorpus(data, 50_000);
    expect(corpus.tokens).toBeGreaterThanOrEqual(50_000);
    expect(corpus.articles).toContain('Huang spricht\nBerlin');
    expect(corpus.sources.join()).toMatch(/2 GermEval 2014 dev sentences/);
  });
});
