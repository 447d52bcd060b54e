import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../src/document/doc.js';
import { extractHtml } from '../../src/batch/html.js';
import { MAX_TEXT_CHARS } from '../../src/batch/size-limit.js';
import { MAX_SENTENCE_TOKENS } from '../../src/stages/tokenize/50-sentences.js';
import { errorsOf, runFake } from '../batch/helpers.js';
import { extract } from '../helpers/pipeline.js';
import { leipzigSentences } from '../helpers/services/leipzig.js';
import { article, ensureBuilt, tmp } from './helpers.js';

/**
 * Issue 18, "bounded work per document": generated worst cases (scripts/bench/worst-cases.mjs times them) at sizes
 * that used to take many seconds or minutes, each through the real pipeline, with its output checked for sanity.
 * No times are asserted: a stage that turned quadratic again would show here as a timeout.
 */

/** Every mention, token and sentence lies in the text, mentions read what they span, relations name sentences. */
function expectSane(doc: Doc): void {
  expect(doc.messages.filter((m) => m.fatal)).toEqual([]);
  for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  for (const s of doc.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(doc.text.length);
    expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
  }
  for (const r of doc.relations) expect(doc.sentences[r.sentence]).toBeDefined();
}

const news = () => leipzigSentences().join(' ');
const CAPITALS = ['Bundesregierung', 'Deutsche', 'Bank', 'Berlin', 'Siemens', 'Verband', 'Kanzler', 'Müller', 'Europäische', 'Zentralbank', 'Frankfurt', 'Aufsichtsrat'];

describe('worst cases through the pipeline', () => {
  it.each([
    // [case, text, check]
    ['"Dr. " x 80,000 (117 s for 100,000): no entity', () => 'Dr. '.repeat(80_000), (doc: Doc) => expect(doc.mentions).toEqual([])],
    // The tagger reads `med` as a person (as in a short text: not a matter of size); at most one mention a title.
    ['"Herr Dr. med. " x 10,000, then a name', () => `${'Herr Dr. med. '.repeat(10_000)}Hans Müller sagte.`, (doc: Doc) => {
      expect(doc.mentions.filter((m) => m.type === 'PER' && m.text === 'Hans Müller')).toHaveLength(1);
      expect(doc.mentions.length).toBeLessThanOrEqual(10_001);
    }],
    // Repeated to 100,000 words: without ../shared/data the news sentences are the corpus's, far fewer words.
    ['one line of 100,000 news words without a sentence end', () => {
      const words = news().replace(/[.!?…]/g, ',').split(/\s+/);
      return Array.from({ length: 100_000 }, (_, i) => words[i % words.length]).join(' ');
    }, (doc: Doc) => expect(doc.sentences.length).toBeGreaterThan(100_000 / MAX_SENTENCE_TOKENS)],
    ['100,000 capitalised words', () => Array.from({ length: 100_000 }, (_, i) => CAPITALS[(i * 7 + (i >> 3)) % CAPITALS.length]).join(' '), (doc: Doc) => expect(doc.entities.length).toBeGreaterThan(0)],
    ['"„Die Bank“ (BNP) " x 40,000', () => '„Die Bank“ (BNP) '.repeat(40_000), (doc: Doc) => expect(doc.mentions.length).toBeGreaterThan(0)],
    ['20,000 nested brackets', () => `${'('.repeat(20_000)}Angela Merkel${')'.repeat(20_000)}`, (doc: Doc) => expect(doc.mentions.map((m) => m.text)).toContain('Angela Merkel')],
    ['"Angela Merkel " x 20,000: one entity', () => 'Angela Merkel '.repeat(20_000), (doc: Doc) => {
      expect(doc.entities).toHaveLength(1);
      expect(doc.entities[0].mentions).toHaveLength(20_000);
    }],
  ])('%s', async (_name, text, check) => {
    const doc = await extract(text());
    expectSane(doc);
    check(doc);
  }, 600_000);

  it('100,000 nested <div> (141 s before): the text inside is extracted', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}<p>Angela Merkel sprach in Berlin über die Lage der Wirtschaft.</p>${'</div>'.repeat(100_000)}</body></html>`;
    expect(extractHtml(html).text).toBe('Angela Merkel sprach in Berlin über die Lage der Wirtschaft.');
  }, 120_000);
});

describe('a document too large for a worker', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('is refused up front as too-large, naming size and limit; the others are done', async () => {
    const input = tmp('faktum-large-');
    let big = '';
    for (let i = 0; big.length <= MAX_TEXT_CHARS; i++) big += `${article(i)}\n\n`;
    writeFileSync(join(input, 'big.txt'), big);
    writeFileSync(join(input, 'small.txt'), article(1));
    const out = tmp('faktum-large-out-');
    const summary = await runFake({ inputs: [input], out, maxBytes: 16 << 20 });
    expect(summary).toMatchObject({ processed: 1, failed: 1 });
    const [error] = errorsOf(out);
    expect(error.file).toMatch(/big\.txt$/);
    expect(error.ruleId).toBe('too-large');
    expect(error.reason).toContain(`${big.length} characters`);
    expect(error.reason).toContain(`limit of ${MAX_TEXT_CHARS}`);
    expect(error.reason).toMatch(/split it into smaller documents/);
  }, 120_000);
});
