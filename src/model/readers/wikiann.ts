import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_TAGS_MASK, UNLABELED_O_MASK } from '../labels.js';
import { createCollector } from './collector.js';
import type { TrainingSentence } from './types.js';

/** Path of the WikiANN German training split below the data folder. */
export function wikiannPath(dataDir: string): string {
  return join(dataDir, 'wikiann-de', 'train');
}

/**
 * WikiANN German (silver PER/LOC/ORG from Wikipedia links): `de:` prefixes stripped, redirect stubs
 * (`WEITERLEITUNG`) and repeated sentences dropped, `O` read as the partial `O` (no OTH, `deriv` or `part`).
 * With `openCapitalised`, an `O` on a capitalised word after the first is fully open: the silver labels come from
 * links, and names without a link are `O` there.
 */
export function parseWikiann(text: string, o: { openCapitalised?: boolean } = {}): TrainingSentence[] {
  const collector = createCollector();
  const seen = new Set<string>();
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    const key = words.join(' ');
    if (words.length && !words.includes('WEITERLEITUNG') && !seen.has(key)) {
      seen.add(key);
      words.forEach((w, i) => collector.add(w, tags[i]));
      collector.flush();
    }
    words = [];
    tags = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const tab = line.lastIndexOf('\t');
    if (tab <= 0) {
      flush();
      continue;
    }
    const token = line.slice(0, tab);
    words.push(token.startsWith('de:') ? token.slice(3) : token);
    tags.push(line.slice(tab + 1));
  }
  flush();
  if (!o.openCapitalised) return collector.sentences;
  return collector.sentences.map((s) => ({
    words: s.words,
    masks: s.masks.map((m, i) => (i > 0 && m === UNLABELED_O_MASK && /^\p{Lu}/u.test(s.words[i]) ? ALL_TAGS_MASK : m)),
  }));
}

/** Reads WikiANN German's training split. */
export function readWikiann(file: string, o: { openCapitalised?: boolean } = {}): TrainingSentence[] {
  return parseWikiann(readFileSync(file, 'utf8'), o);
}
