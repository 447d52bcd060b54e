import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countTokens } from '../corpus.js';
import { smartDataFileTexts } from '../smartdata-texts.js';
import { smartDataPath } from '../../model/readers/smartdata.js';
import { LEIPZIG_2020, readLeipzig2020 } from '../../eval/links/leipzig.js';
import { LEIPZIG_2015, readLeipzig2015 } from '../../eval/realnews/sentences.js';

/** Sentences per file of the Leipzig part: ten, as the issue measured. */
const SENTENCES_PER_FILE = 10;

/** The sentences of the two Leipzig news files that exist under `dataDir`, read as the evaluations read them. */
function leipzigSentences(dataDir: string): Array<{ year: string; sentences: string[] }> {
  const years: Array<{ year: string; sentences: string[] }> = [];
  if (existsSync(join(dataDir, LEIPZIG_2015))) years.push({ year: '2015', sentences: [...readLeipzig2015(dataDir).values()] });
  if (existsSync(join(dataDir, LEIPZIG_2020))) years.push({ year: '2020', sentences: readLeipzig2020(dataDir) });
  return years;
}

/** What the end-to-end folder holds. */
export interface E2eFolder {
  dir: string;
  files: number;
  tokens: number;
  sources: string[];
}

/**
 * Writes the end-to-end benchmark's folder of real news under `dir`: the 20,000 Leipzig news sentences of
 * `dataDir`, ten to a `.txt` file (2,000 files), and each SmartData v1 test article as a file of its own. None of
 * it is faktum's corpus or the pipeline bench's text, and no process has seen it when a run starts (the word caches
 * live in memory only). It is not text the pipeline never met in development: the Leipzig 2015 sentences are the
 * development text of the linking and NER rules and the tagger's self-training text (issues 15, 16).
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
