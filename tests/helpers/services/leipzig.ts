import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Leipzig 2020 German news sentences (`lang,text`, rows `de,<sentence>` unquoted). */
export const LEIPZIG_CSV = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'leipzig-deu-news', 'deu_news_2020_10K-sentences.csv');

/** Why articles cannot be built here, or undefined. */
export function leipzigMissing(): string | undefined {
  return existsSync(LEIPZIG_CSV) ? undefined : `${LEIPZIG_CSV} not found (the shared data folder)`;
}

/** The sentences: each row split at its first comma. */
export function leipzigSentences(): string[] {
  const rows = readFileSync(LEIPZIG_CSV, 'utf8').split('\n').slice(1);
  return rows.map((row) => row.slice(row.indexOf(',') + 1).trim()).filter(Boolean);
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
