import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { isInside, TAGS, UNLABELED_O_MASK, type TagMask } from '../labels.js';
import { mapSourceTag } from './map-types.js';
import { splitSentences, tokenizeWithOffsets } from './tokenize.js';
import type { TrainingSentence } from './types.js';

interface SmartDataDoc {
  text: { string: string };
  conceptMentions: { array: { span: { start: number; end: number }; type: string }[] } | null;
}

/** Path of a SmartData v1 split (the training split unless told) below the data folder. */
export function smartDataPath(dataDir: string, split: 'train' | 'test' = 'train'): string {
  return join(dataDir, 'smartdata', 'v1_20180119', `${split}.json.gz`);
}

/** Parses concatenated pretty-printed JSON objects (each starts with `{` at the start of a line). */
export function parseConcatenatedJson<T>(text: string): T[] {
  return text
    .split(/\n(?=\{)/)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => JSON.parse(chunk) as T);
}

/** Tags a sentence may start with: `O` and every `B-` tag (BIO). */
const START_MASK: TagMask = TAGS.reduce((m, _, i) => (isInside(i) ? m : m | (1 << i)), 0);

/**
 * SmartData v1 (train split only) as partially labelled sentences: the text is tokenised here, each concept
 * mention is mapped by `TYPE_MAP` onto the tokens it overlaps, and unlabeled tokens get the partial `O`.
 */
export function readSmartData(file: string): TrainingSentence[] {
  const docs = parseConcatenatedJson<SmartDataDoc>(gunzipSync(readFileSync(file)).toString('utf8'));
  const out: TrainingSentence[] = [];
  for (const doc of docs) {
    const text = doc.text.string;
    const tokens = tokenizeWithOffsets(text);
    const masks = tokens.map(() => UNLABELED_O_MASK);
    const mentions = [...(doc.conceptMentions?.array ?? [])].sort((a, b) => a.span.start - b.span.start);
    for (const m of mentions) {
      let first = true;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.end <= m.span.start || t.start >= m.span.end) continue;
        if (masks[i] !== UNLABELED_O_MASK) break; // overlapping mentions: keep the first
        masks[i] = mapSourceTag(`${first ? 'B' : 'I'}-${m.type}`);
        first = false;
      }
    }
    let k = 0;
    const docStart = out.length;
    for (const sentence of splitSentences(text, tokens)) {
      const words = sentence.map((t) => t.text);
      const sm = masks.slice(k, k + sentence.length);
      k += sentence.length;
      // A name across a split (a line break inside it, `Hans\nLorenz`): one sentence, else the second part would
      // start with `I-PER`, which no BIO path allows (regression: 31 sentences trained toward all `O`).
      const previous = out.length > docStart ? out[out.length - 1] : undefined;
      if (previous && (sm[0] & START_MASK) === 0) {
        previous.words.push(...words);
        previous.masks.push(...sm);
      } else out.push({ words, masks: sm });
    }
  }
  return out;
}
