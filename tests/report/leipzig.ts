import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLeipzig2020 } from '../../src/eval/links/leipzig.js';
import { readLeipzig2015 } from '../../src/eval/realnews/sentences.js';

/** The open data folder (`../shared/data`, or `FAKTUM_DATA`). */
export const DATA = process.env.FAKTUM_DATA ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data');
const SOURCES = [join(DATA, 'leipzig-deu-news', 'deu_news_2020_10K-sentences.csv'), join(DATA, 'leipzig-deu-news', 'deu_news_2015_10K-sentences.txt')];

/** Why the Leipzig sentences cannot be used here, or undefined when they can. */
export function leipzigMissing(): string | undefined {
  const missing = SOURCES.filter((f) => !existsSync(f));
  return missing.length ? `Leipzig news sentences not found (${missing.join(', ')}): set FAKTUM_DATA to the open data folder` : undefined;
}

/** The sentences of both Leipzig files: the 2020 CSV (`de,<sentence>`, split at the first comma), then 2015 (`n<TAB>sentence`). */
export function leipzigSentences(): string[] {
  return [...readLeipzig2020(DATA), ...readLeipzig2015(DATA).values()];
}

/**
 * Writes `files` text files of consecutive Leipzig sentences into `dir` (`leipzig-0000.txt`, ...), the sentences
 * shared out evenly: 2,000 files get ten each but for ten files with nine (19,990 sentences in all).
 */
export function writeLeipzigFolder(dir: string, files: number): string {
  const sentences = leipzigSentences();
  if (sentences.length < files * 9) throw new Error(`only ${sentences.length} Leipzig sentences for ${files} files`);
  mkdirSync(dir, { recursive: true });
  const cut = (i: number) => Math.floor((i * sentences.length) / files);
  for (let i = 0; i < files; i++) writeFileSync(join(dir, `leipzig-${String(i).padStart(4, '0')}.txt`), `${sentences.slice(cut(i), cut(i + 1)).join(' ')}\n`);
  return dir;
}
