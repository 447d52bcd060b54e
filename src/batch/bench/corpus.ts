import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../pipeline/root.js';

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
 * Text each tool sees before its clock starts, so that every measurement is of compiled code in steady state:
 * Leipzig news sentences (2015, 15 to a pseudo-article; never part of the timed corpus) from `dataDir`, else the
 * held-out articles of corpus/heldout/de; about `minTokens` tokens.
 */
export function warmUpTexts(dataDir: string, minTokens = 100_000): { texts: string[]; source: string } {
  const file = join(dataDir, 'leipzig-deu-news', 'deu_news_2015_10K-sentences.txt');
  let sentences: string[] = [];
  let source = 'Leipzig news 2015 sentences';
  if (existsSync(file)) sentences = readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.slice(l.indexOf('\t') + 1)).filter((s) => s.trim());
  if (!sentences.length) {
    const dir = join(projectRoot, 'corpus', 'heldout', 'de');
    sentences = readArticles(dir);
    source = 'corpus/heldout articles';
  }
  const texts: string[] = [];
  let tokens = 0;
  for (let i = 0; tokens < minTokens && sentences.length; i += 15) {
    const text = sentences.slice(i % sentences.length, (i % sentences.length) + 15).join(' ');
    texts.push(text);
    tokens += countTokens(text);
  }
  return { texts, source };
}
