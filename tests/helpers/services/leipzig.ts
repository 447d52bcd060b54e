import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLeipzig2020 } from '../../../src/eval/links/leipzig.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DATA = process.env.FAKTUM_DATA ?? join(ROOT, '..', 'shared', 'data');

/** The Leipzig 2020 German news sentences (`lang,text`, rows `de,<sentence>` unquoted), under FAKTUM_DATA or ../shared/data. */
export const LEIPZIG_CSV = join(DATA, 'leipzig-deu-news', 'deu_news_2020_10K-sentences.csv');

/**
 * Why articles cannot be built here, or undefined. Always undefined now: without the data folder the articles are
 * built from the repository's own corpus (see {@link leipzigSentences}), so the fault tests run in every CI.
 */
export function leipzigMissing(): string | undefined {
  return undefined;
}

/**
 * The sentences: the Leipzig rows, each split at its first comma; where the data folder is missing, the sentences of
 * the repository's corpus articles (corpus/de, corpus/heldout/de), which make fewer distinct articles but the same
 * kind of work.
 */
export function leipzigSentences(): string[] {
  if (existsSync(LEIPZIG_CSV)) return readLeipzig2020(DATA).map((s) => s.trim()).filter(Boolean);
  const folders = [join(ROOT, 'corpus', 'de'), join(ROOT, 'corpus', 'heldout', 'de')];
  const texts = folders.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')));
  return texts.flatMap((text) => text.split(/(?<=[.!?])\s+/)).map((s) => s.trim()).filter((s) => s.length > 20);
}

/**
 * Writes `count` articles of 10 sentences each, `artikel-00000.txt` ...: windows over the sentences with a stride of
 * 5, so 2,000 distinct articles come from the 10,000 sentences. Returns the file names.
 */
export function writeLeipzigArticles(dir: string, count: number): string[] {
  const sentences = leipzigSentences();
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const start = (i * 5) % sentences.length;
    const text = Array.from({ length: 10 }, (_, k) => sentences[(start + k) % sentences.length]).join(' ');
    const name = `artikel-${String(i).padStart(5, '0')}.txt`;
    writeFileSync(join(dir, name), `${text}\n`);
    names.push(name);
  }
  return names;
}
