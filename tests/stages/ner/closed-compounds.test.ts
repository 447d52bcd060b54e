import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getKb } from '../../../src/pipeline/resources.js';
import { projectRoot } from '../../../src/pipeline/root.js';
import { closedCompound, closedCompoundBySplits } from '../../../src/stages/ner/30-compounds.js';
import { buildGazetteerIndex } from '../../../src/stages/ner/gazetteer-index.js';

const index = buildGazetteerIndex(getKb().all());

/** The answer as closedCompound gave it before it tested the whole word first: every split tried. */
function everySplit(word: string): { length: number; id: string } | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || word.length < 7) return undefined;
  const found = closedCompoundBySplits(word, index);
  return found && { length: found.length, id: found.entry.id };
}

const answer = (word: string) => {
  const found = closedCompound(word, index);
  return found && { length: found.length, id: found.entry.id };
};

describe('closedCompound: a KB organisation glued to a role or organisation noun', () => {
  it.each([
    ['Nvidiachef', 'Nvidia'.length],
    ['Nvidiachefin', 'Nvidia'.length],
    ['Nvidiakonzern', 'Nvidia'.length],
    ['Bahnhof', undefined],
    ['Regierungssprecher', undefined],
  ])('%s', (word, length) => {
    expect(answer(word)?.length).toBe(length);
  });

  // Regression: a new word used to try every split, each head a look-up of a string no text contains (a third of
  // the time spent on unseen words); now the whole word is tested first. It must not change any answer.
  const crafted = ['chef', 'chefin', 'chefinnen', 'präsident', 'vizepräsident', 'vorsitzender', 'vorsitzenden', 'konzern', 'konzerns', 'bank', 'banken', 'hersteller', 'herstellers', 'bauer', 'bauern', 'gruppe', 'leiterin', 'kanzlerin', 'sprecher']
    .flatMap((head) => ['Nvidia', 'Siemens', 'Bahn', 'Vize', 'Landes', 'Xyzabc'].map((form) => form + head));
  const corpusWords = readdirSync(join(projectRoot, 'corpus', 'de'))
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(projectRoot, 'corpus', 'de', f), 'utf8').match(/\p{Lu}\p{Ll}{6,}/gu) ?? []);
  const words = [...new Set([...crafted, ...corpusWords])];

  it(`gives what trying every split gives, on ${words.length} words of corpus/de and compounds of role and organisation nouns`, () => {
    expect(words.length).toBeGreaterThan(1000);
    const differing = words.filter((w) => JSON.stringify(answer(w)) !== JSON.stringify(everySplit(w)));
    expect(differing).toEqual([]);
    // The table includes words that are compounds, so the comparison covers both answers.
    expect(words.filter((w) => answer(w)).length).toBeGreaterThan(5);
  });
});
