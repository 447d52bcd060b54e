import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../src/document/doc.js';
import { checkInvariants } from '../../src/document/invariants.js';
import { enStages, nerEnCompromiseStage, tokenizeEnStage } from '../../src/stages/en/index.js';

const context = { root: '.', kbFiles: [] };

async function run(text: string, blocks?: Doc['blocks']): Promise<Doc> {
  const doc = createDoc(text, { path: 'test.txt' });
  if (blocks) doc.blocks = blocks;
  doc.layers.add('meta');
  await (await tokenizeEnStage.create({}, context))(doc);
  await (await nerEnCompromiseStage.create({}, context))(doc);
  return doc;
}

const article = [
  'Nvidia resumes chip sales to China',
  '',
  'WASHINGTON - Nvidia CEO Jensen Huang met President Donald Trump at the White House on Monday. The U.S. government said it would grant licences for the H20 chip.',
  '',
  "Microsoft's Satya Nadella and Dr. Lisa Su of AMD welcomed the decision in San Francisco. “It's good news”, said Angela Merkel, the former chancellor of Germany.",
].join('\n');

describe('English stages', () => {
  it('registers versioned ids', () => {
    expect(enStages.map((s) => s.id)).toEqual(['tokenize.en.v1', 'ner.en-compromise.v1']);
  });

  it('tokenizes with exact offsets and sentences', async () => {
    const doc = await run(article);
    expect(checkInvariants(doc)).toEqual([]);
    expect(doc.tokens.slice(0, 3).map((t) => t.text)).toEqual(['Nvidia', 'resumes', 'chip']);
    expect(doc.tokens.map((t) => t.text)).toContain('U.S.');
    expect(doc.tokens.map((t) => t.text)).not.toContain('\n');
    const sentences = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
    expect(sentences).toContain('The U.S. government said it would grant licences for the H20 chip.');
    expect(doc.tokens.every((t) => t.norm.length > 0)).toBe(true);
    expect(doc.tokens.find((t) => t.text === '“')?.norm).toBe('"');
  });

  it('keeps blocks apart and skips skipped spans', async () => {
    const text = ' date 2025-07 Headline without a stop\nBody text starts here. It goes on.';
    const doc = createDoc(text);
    doc.skip.push({ start: 0, end: 14 });
    doc.blocks = [
      { start: 14, end: 37, block: 'headline' },
      { start: 38, end: text.length, block: 'body' },
    ];
    await (await tokenizeEnStage.create({}, context))(doc);
    expect(doc.tokens[0].text).toBe('Headline');
    expect(doc.sentences.map((s) => [doc.text.slice(s.start, s.end), s.block])).toEqual([
      ['Headline without a stop', 'headline'],
      ['Body text starts here.', 'body'],
      ['It goes on.', 'body'],
    ]);
  });

  it('finds people, places and organisations with offsets mapped back exactly', async () => {
    const doc = await run(article);
    expect(checkInvariants(doc)).toEqual([]);
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    const byType = (type: string) => doc.mentions.filter((m) => m.type === type).map((m) => m.text);
    expect(byType('PER')).toEqual(expect.arrayContaining(['Jensen Huang', 'Donald Trump', 'Lisa Su', 'Angela Merkel']));
    expect(byType('LOC')).toEqual(expect.arrayContaining(['San Francisco']));
    expect(byType('ORG')).toEqual(expect.arrayContaining(['Microsoft', 'AMD']));
    expect(doc.mentions.every((m) => !/['’]s$|[.,]$/.test(m.text))).toBe(true);
    expect(doc.mentions.map((m) => m.id)).toEqual(doc.mentions.map((_, i) => `m${i + 1}`));
  });

  it('maps offsets after astral characters and odd spacing', async () => {
    const doc = await run('📈 Shares rose.  Then   Tim Cook visited Paris 🇫🇷 with Emmanuel Macron.');
    expect(checkInvariants(doc)).toEqual([]);
    const names = doc.mentions.map((m) => m.text);
    expect(names).toEqual(expect.arrayContaining(['Tim Cook', 'Paris']));
  });
});
