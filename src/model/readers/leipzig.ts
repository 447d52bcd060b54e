import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenizeWithOffsets } from './tokenize.js';

/**
 * The unlabeled Leipzig news sentences (2015 `.txt`: `id<TAB>sentence`; 2020 `.csv`: `lang,text`, maybe quoted),
 * tokenised. Used only to learn word clusters.
 */
export function readLeipzigSentences(dataDir: string): string[][] {
  const dir = join(dataDir, 'leipzig-deu-news');
  const out: string[][] = [];
  for (const line of readFileSync(join(dir, 'deu_news_2015_10K-sentences.txt'), 'utf8').split(/\r?\n/)) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.push(tokenizeWithOffsets(line.slice(tab + 1)).map((t) => t.text));
  }
  const csv = readFileSync(join(dir, 'deu_news_2020_10K-sentences.csv'), 'utf8').split(/\r?\n/);
  for (const line of csv.slice(1)) {
    const m = /^[a-z]+,(.*)$/.exec(line);
    if (!m) continue;
    let text = m[1];
    if (text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
    out.push(tokenizeWithOffsets(text).map((t) => t.text));
  }
  return out;
}
