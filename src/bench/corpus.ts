import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { leipzigTexts } from '../model/readers/leipzig.js';
import { projectRoot } from '../pipeline/root.js';
import { smartDataTexts } from './smartdata-texts.js';

/** Tokens as every measurement counts them: runs of letters and digits, and single other characters. */
const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** Counts tokens the same way for every tool measured, so that tokens per second compare. */
export function countTokens(text: string): number {
  return text.match(TOKEN)?.length ?? 0;
}

/** The `.txt` articles of a folder, in name order (none when it does not exist). */
function readArticles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')) : [];
}

/** Sentences of GermEval 2014 dev (tab-separated, one token a line, `#` comment lines, blank line between). */
function germevalSentences(dataDir: string): string[] {
  const file = join(dataDir, 'germeval2014', 'NER-de-dev.tsv');
  if (!existsSync(file)) return [];
  const sentences: string[] = [];
  let words: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      if (words.length) sentences.push(words.join(' '));
      words = [];
      continue;
    }
    const word = line.split('\t')[1];
    if (word) words.push(word);
  }
  if (words.length) sentences.push(words.join(' '));
  return sentences;
}

/**
 * The benchmark corpus: the German articles of corpus/de and GermEval 2014 dev sentences (15 to a pseudo-article;
 * dev, never test), repeated until it holds at least `minTokens` tokens.
 */
export function buildCorpus(dataDir: string, minTokens: number): { articles: string[]; tokens: number; sources: string[] } {
  const dir = join(projectRoot, 'corpus', 'de');
  const base = readArticles(dir);
  const sources = [`${base.length} articles of corpus/de`];
  const sentences = germevalSentences(dataDir);
  for (let i = 0; i < sentences.length; i += 15) base.push(sentences.slice(i, i + 15).join('\n'));
  if (sentences.length) sources.push(`${sentences.length} GermEval 2014 dev sentences`);
  if (!base.length) throw new Error('no corpus: corpus/de is empty and there is no GermEval data');
  const baseTokens = base.reduce((sum, text) => sum + countTokens(text), 0);
  const articles: string[] = [];
  let tokens = 0;
  while (tokens < minTokens) {
    articles.push(...base);
    tokens += baseTokens;
  }
  return { articles, tokens, sources };
}

/**
 * Text each tool sees before its clock starts, so that every measurement is of compiled code in steady state,
 * never part of the timed corpus, about `maxTokens` tokens. From `dataDir`: the Leipzig news sentences of 2015 and
 * 2020, 5 to a pseudo-article (every other one a sentence a line, as the GermEval pseudo-articles of the timed
 * corpus), each followed by an article of SmartData v1 train (business news: the relation rules' code paths); and
 * after every 25th pseudo-article one of the held-out articles of corpus/heldout/de. Without that data, the
 * held-out articles alone, repeated. Code that runs once per document gets thousands of calls to be compiled for.
 */
export function warmUpTexts(dataDir: string, maxTokens = 500_000): { texts: string[]; source: string } {
  const sentences = leipzigTexts(dataDir, true).filter((s) => s.trim());
  const business = smartDataTexts(dataDir);
  const articles = readArticles(join(projectRoot, 'corpus', 'heldout', 'de'));
  const source = [sentences.length && 'Leipzig news 2015 and 2020 sentences', business.length && 'SmartData v1 train articles', 'corpus/heldout articles'].filter(Boolean).join(', ');
  const texts: string[] = [];
  let tokens = 0;
  const add = (text: string) => {
    texts.push(text);
    tokens += countTokens(text);
  };
  const alone = !sentences.length && !business.length;
  for (let i = 0; tokens < maxTokens && (!alone || articles.length); i++) {
    const at = (i * 5) % (sentences.length || 1);
    if (sentences.length) add(sentences.slice(at, at + 5).join(i % 2 ? '\n' : ' '));
    if (business.length) add(business[i % business.length]);
    if (articles.length && (alone || i % 25 === 24)) add(articles[Math.floor(i / 25) % articles.length]);
  }
  return { texts, source };
}

/**
 * News no measurement has shown the pipeline before: the SmartData v1 test articles (the warm-up reads the training
 * split; texts that also occur there are left out), about 80,000 tokens, or none without the data. Timed once, after
 * the corpus, they show the speed on text whose words the caches do not hold yet, as in a batch of new articles.
 */
export function unseenTexts(dataDir: string): string[] {
  const seen = new Set(smartDataTexts(dataDir));
  return [...new Set(smartDataTexts(dataDir, 'test'))].filter((text) => !seen.has(text));
}
