import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCollector } from './collector.js';
import type { TrainingSentence } from './types.js';

/** Path of the MobIE training split below the data folder. */
export function mobiePath(dataDir: string): string {
  return join(dataDir, 'mobie-ner', 'train.conll2003');
}

/** Drops the `#`/`@` of hashtags and user mentions (`#Mellendorf` -> `Mellendorf`): news text has none. */
export function stripHashtag(token: string): string {
  return /^[#@][\p{L}\p{N}]/u.test(token) ? token.slice(1) : token;
}

/** MobIE NER (CoNLL-2003 columns, train split) as partially labelled sentences, types mapped by `TYPE_MAP`. */
export function readMobie(file: string): TrainingSentence[] {
  const collector = createCollector();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-') || line.trim() === '') {
      collector.flush();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 4) continue;
    collector.add(stripHashtag(cols[0]), cols[3]);
  }
  collector.flush();
  return collector.sentences;
}
