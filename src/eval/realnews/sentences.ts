import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLeipzig2020 } from '../links/leipzig.js';

/** The Leipzig 2015 news sentences: lines `<id>\t<sentence>`. */
export const LEIPZIG_2015 = 'leipzig-deu-news/deu_news_2015_10K-sentences.txt';

/** Reads the Leipzig 2015 sentences under `dataDir`, keyed by the id in the first column. */
export function readLeipzig2015(dataDir: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const line of readFileSync(join(dataDir, LEIPZIG_2015), 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    out.set(Number(line.slice(0, tab)), line.slice(tab + 1).replace(/\r$/, ''));
  }
  return out;
}

/**
 * The sentences of a Leipzig year by gold id: 2015 by the file's first column, 2020 by 1-based data row (the
 * linking gold's ids). Throws for a year without a file.
 */
export function leipzigSentences(dataDir: string, year: number): Map<number, string> {
  if (year === 2015) return readLeipzig2015(dataDir);
  if (year === 2020) return new Map(readLeipzig2020(dataDir).map((s, i) => [i + 1, s] as [number, string]));
  throw new Error(`no Leipzig sentence file for year ${year} (known: 2015, 2020)`);
}
