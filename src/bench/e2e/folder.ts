import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countTokens } from '../corpus.js';
import { smartDataFileTexts } from '../smartdata-texts.js';
import { smartDataPath } from '../../model/readers/smartdata.js';

/** Sentences per file of the Leipzig part: ten, as the issue measured. */
const SENTENCES_PER_FILE = 10;

/** The sentences of the two Leipzig news files: 2015 (`id<TAB>sentence`) and 2020 (`de,<sentence>`, split at the first comma). */
function leipzigSentences(dataDir: string): Array<{ year: string; sentences: string[] }> {
  const folder = join(dataDir, 'leipzig-deu-news');
  const years: Array<{ year: string; sentences: string[] }> = [];
  const y2015 = join(folder, 'deu_news_2015_10K-sentences.txt');
  if (existsSync(y2015)) years.push({ year: '2015', sentences: lines(y2015).map((l) => l.slice(l.indexOf('\t') + 1)) });
  const y2020 = join(folder, 'deu_news_2020_10K-sentences.csv');
  if (existsSync(y2020)) years.push({ year: '2020', sentences: lines(y2020).slice(1).map((l) => l.slice(l.indexOf(',') + 1)) });
  return years;
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
}

/** What the end-to-end folder holds. */
export interface E2eFolder {
  dir: string;
  files: number;
  tokens: number;
  sources: string[];
}

/**
 * Writes the end-to-end benchmark's folder of unseen real news under `dir`: the 20,000 Leipzig news sentences of
 * `dataDir`, ten to a `.txt` file (2,000 files), and each SmartData v1 test article as a file of its own. None of
 * it is faktum's corpus, and none of it was used to write faktum's rules.
 */
export function buildE2eFolder(dataDir: string, dir: string): E2eFolder {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let tokens = 0;
  const sources: string[] = [];
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    files++;
    tokens += countTokens(text);
  };
  for (const { year, sentences } of leipzigSentences(dataDir)) {
    sources.push(`Leipzig news ${year}: ${sentences.length} sentences`);
    for (let i = 0; i < sentences.length; i += SENTENCES_PER_FILE) {
      write(`leipzig-${year}-${String(i / SENTENCES_PER_FILE).padStart(4, '0')}.txt`, `${sentences.slice(i, i + SENTENCES_PER_FILE).join('\n')}\n`);
    }
  }
  const smartData = smartDataPath(dataDir, 'test');
  if (existsSync(smartData)) {
    const texts = smartDataFileTexts(smartData);
    sources.push(`SmartData v1 test: ${texts.length} articles`);
    texts.forEach((text, i) => write(`smartdata-test-${String(i).padStart(4, '0')}.txt`, text));
  }
  return { dir, files, tokens, sources };
}
