import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildCorpus, countTokens } from '../../src/cli/bench.js';
import { unseenTexts, warmUpTexts } from '../../src/bench/corpus.js';
import { tmp } from '../batch/helpers.js';

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

  it('warms up on the Leipzig sentences of both years, five to a text, and the held-out articles', () => {
    const data = tmp('faktum-data-');
    mkdirSync(join(data, 'leipzig-deu-news'));
    const y2015 = Array.from({ length: 7 }, (_, i) => `${i + 1}\tDer Satz ${i + 1} aus 2015.`).join('\n');
    writeFileSync(join(data, 'leipzig-deu-news', 'deu_news_2015_10K-sentences.txt'), `${y2015}\n`);
    writeFileSync(join(data, 'leipzig-deu-news', 'deu_news_2020_10K-sentences.csv'), 'lang,text\nde,Berlin, Hamburg und München im Jahr 2020.\n');
    const warm = warmUpTexts(data, 40);
    expect(warm.source).toBe('Leipzig news 2015 and 2020 sentences, corpus/heldout articles');
    expect(warm.texts[0]).toBe('Der Satz 1 aus 2015. Der Satz 2 aus 2015. Der Satz 3 aus 2015. Der Satz 4 aus 2015. Der Satz 5 aus 2015.');
    // Every other text has one sentence a line, as the GermEval pseudo-articles of the timed corpus.
    expect(warm.texts[1]).toBe('Der Satz 6 aus 2015.\nDer Satz 7 aus 2015.\nBerlin, Hamburg und München im Jahr 2020.');
    expect(warm.texts.join(' ')).not.toMatch(/\t|lang,text|de,Berlin/);
    // After every 25th pseudo-article, one held-out article.
    const long = warmUpTexts(data, 3_000).texts;
    const heldout = readdirSync('corpus/heldout/de').filter((f) => f.endsWith('.txt')).sort();
    expect(long[25]).toBe(readFileSync(join('corpus/heldout/de', heldout[0]), 'utf8'));
    expect(long.slice(0, 25).every((t) => t.startsWith('Der Satz') || t.startsWith('Berlin'))).toBe(true);
    expect(warm.texts.reduce((sum, t) => sum + countTokens(t), 0)).toBeGreaterThanOrEqual(40);
  });

  it('follows each pseudo-article with a SmartData v1 train article when the data has them', () => {
    const data = tmp('faktum-data-');
    mkdirSync(join(data, 'leipzig-deu-news'));
    writeFileSync(join(data, 'leipzig-deu-news', 'deu_news_2015_10K-sentences.txt'), '1\tDer erste Satz.\n2\tDer zweite Satz.\n');
    mkdirSync(join(data, 'smartdata', 'v1_20180119'), { recursive: true });
    // Concatenated pretty-printed JSON objects, as the corpus ships them.
    const docs = ['{\n  "text" : {\n    "string" : "Siemens übernimmt Mentor Graphics."\n  }\n}', '{\n  "text" : {\n    "string" : "Daimler baut ein \\"Werk\\" in Ungarn.\\n\\\\"\n  }\n}'];
    writeFileSync(join(data, 'smartdata', 'v1_20180119', 'train.json.gz'), gzipSync(docs.join('\n')));
    const warm = warmUpTexts(data, 30);
    expect(warm.source).toBe('Leipzig news 2015 and 2020 sentences, SmartData v1 train articles, corpus/heldout articles');
    expect(warm.texts.slice(0, 4)).toEqual(['Der erste Satz. Der zweite Satz.', 'Siemens übernimmt Mentor Graphics.', 'Der zweite Satz.', 'Daimler baut ein "Werk" in Ungarn.\n\\']);
  });

  it('falls back to the held-out articles when there is no Leipzig data', () => {
    const warm = warmUpTexts(tmp('faktum-empty-'), 5_000);
    expect(warm.source).toBe('corpus/heldout articles');
    expect(warm.texts.length).toBeGreaterThan(0);
    expect(warm.texts.reduce((sum, t) => sum + countTokens(t), 0)).toBeGreaterThanOrEqual(5_000);
  });

  it('times SmartData v1 test articles as unseen news, leaving out those the warm-up reads from train', () => {
    const data = tmp('faktum-data-');
    mkdirSync(join(data, 'smartdata', 'v1_20180119'), { recursive: true });
    const doc = (text: string) => `{\n  "text" : {\n    "string" : ${JSON.stringify(text)}\n  }\n}`;
    writeFileSync(join(data, 'smartdata', 'v1_20180119', 'train.json.gz'), gzipSync([doc('Siemens übernimmt Mentor Graphics.')].join('\n')));
    const test = ['Die Bahn sperrt die Strecke Köln-Bonn.', 'Siemens übernimmt Mentor Graphics.', 'Die Bahn sperrt die Strecke Köln-Bonn.', 'Vestas baut Turbinen in Husum.'];
    writeFileSync(join(data, 'smartdata', 'v1_20180119', 'test.json.gz'), gzipSync(test.map(doc).join('\n')));
    // Each text once, none of the training split's.
    expect(unseenTexts(data)).toEqual(['Die Bahn sperrt die Strecke Köln-Bonn.', 'Vestas baut Turbinen in Husum.']);
    expect(unseenTexts(tmp('faktum-empty-'))).toEqual([]);
  });
});
