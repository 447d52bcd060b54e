import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenizeWithOffsets } from './tokenize.js';

/**
 * The unlabeled Leipzig news sentences as text (2015 `.txt`: `id<TAB>sentence`; 2020 `.csv`: `lang,text`, maybe
 * quoted). With `ifPresent`, a missing file gives no sentences instead of an error.
 */
export function leipzigTexts(dataDir: string, ifPresent = false): string[] {
  const dir = join(dataDir, 'leipzig-deu-news');
  const read = (file: string) => (ifPresent && !existsSync(join(dir, file)) ? [] : readFileSync(join(dir, file), 'utf8').split(/\r?\n/));
  const out: string[] = [];
  for (const line of read('deu_news_2015_10K-sentences.txt')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.push(line.slice(tab + 1));
  }
  for (const line of read('deu_news_2020_10K-sentences.csv').slice(1)) {
    const m = /^[a-z]+,(.*)$/.exec(line);
    if (!m) continue;
    let text = m[1];
    if (text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
    out.push(text);
  }
  return out;
}

/** The Leipzig sentences tokenised. Used only to learn word clusters. */
export function readLeipzigSentences(dataDir: string): string[][] {
  return leipzigTexts(dataDir).map((text) => tokenizeWithOffsets(text).map((t) => t.text));
}
