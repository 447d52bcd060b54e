import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NUM_TAGS } from '../labels.js';
import type { TagMask } from '../labels.js';
import { loadLexicons } from '../lexicons.js';
import { decodeModel } from '../model-file.js';
import { MarginScorer } from './self-train-margins.js';
import type { SentenceMargins } from './self-train-margins.js';
import { tokenizeWithOffsets } from './tokenize.js';
import type { TrainingSentence } from './types.js';

/** How `selftrain` labels the Leipzig 2015 sentences. */
export interface SelfTrainOptions {
  /** The model that labels them (the shipped one by default), relative to the working directory. */
  model: string;
  /** Sentence ids of the real-news dev and test sets, never trained on. */
  selection: string;
  /** A word is sure when every other tag's best path scores at least this far below the best path. */
  margin: number;
  /** Sentences with more unsure words than this are dropped. */
  maxUnsure: number;
}

/**
 * The defaults: the shipped model, margin 30, at most 4 unsure words. On the GermEval tuning split (held out from
 * the shipped model) its name tokens with a margin under 30 are right 33-53 % of the time, those over 50 81-93 %.
 */
export const SELF_TRAIN_DEFAULTS: SelfTrainOptions = {
  model: 'models/de-ner-v1/model.bin',
  selection: 'corpus/ner/selection.json',
  margin: 30,
  maxUnsure: 4,
};

/** Path of the Leipzig news 2015 sentences below the data folder. */
export function leipzig2015Path(dataDir: string): string {
  return join(dataDir, 'leipzig-deu-news', 'deu_news_2015_10K-sentences.txt');
}

/** `id<TAB>sentence` lines of the Leipzig 2015 file, minus the excluded ids; lines without an id are skipped. */
export function parseLeipzig2015(text: string, exclude: ReadonlySet<number>): { id: number; text: string }[] {
  const out: { id: number; text: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d+)\t(.+)$/.exec(line);
    if (m && !exclude.has(Number(m[1]))) out.push({ id: Number(m[1]), text: m[2] });
  }
  return out;
}

/** The 2015 sentence ids of `corpus/ner/selection.json` (`{"2015": [ids], ...}`); a bad file is an error naming it. */
export function parseSelection(json: string, file: string): Set<number> {
  let ids: unknown;
  try {
    ids = (JSON.parse(json) as Record<string, unknown>)['2015'];
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(ids) || !ids.every((x) => Number.isInteger(x))) throw new Error(`${file}: "2015" is not a list of sentence ids`);
  return new Set(ids as number[]);
}

/** What labelling kept and dropped. */
export interface SelfTrainStats {
  sentences: number;
  kept: number;
  unsureWords: number;
  words: number;
}

/**
 * Per word, the tags within `margin` of the best path (the best tag alone when the word is sure), or null when
 * more than `maxUnsure` words are unsure.
 */
export function confidentMasks(m: SentenceMargins, margin: number, maxUnsure: number): TagMask[] | null {
  const masks: TagMask[] = [];
  let unsure = 0;
  for (let i = 0; i < m.path.length; i++) {
    let mask = 1 << m.path[i];
    for (let t = 0; t < NUM_TAGS; t++) if (m.gaps[i * NUM_TAGS + t] < margin) mask |= 1 << t;
    if (mask !== 1 << m.path[i] && ++unsure > maxUnsure) return null;
    masks.push(mask);
  }
  return masks;
}

/**
 * Labels tokenised sentences with a scorer: sure words get the model's tag, unsure ones the tags within the margin
 * (partial labels); sentences with too many unsure words are dropped. The words are already unlabeled cluster
 * text, so they are marked not to be counted there twice.
 */
export function labelSentences(sentences: string[][], scorer: Pick<MarginScorer, 'margins'>, o: Pick<SelfTrainOptions, 'margin' | 'maxUnsure'>): { sentences: TrainingSentence[]; stats: SelfTrainStats } {
  const out: TrainingSentence[] = [];
  const stats: SelfTrainStats = { sentences: sentences.length, kept: 0, unsureWords: 0, words: 0 };
  for (const words of sentences) {
    if (words.length === 0) continue;
    const masks = confidentMasks(scorer.margins(words), o.margin, o.maxUnsure);
    if (!masks) continue;
    out.push({ words, masks, unlabeledText: true });
    stats.kept++;
    stats.words += words.length;
    stats.unsureWords += masks.filter((m) => (m & (m - 1)) !== 0).length;
  }
  return { sentences: out, stats };
}

/**
 * The `selftrain` set: Leipzig news 2015 minus the real-news dev/test sentences of `corpus/ner/selection.json`,
 * tokenised as for the word clusters, labelled by the shipped model (see `labelSentences`).
 */
export function readSelfTrain(dataDir: string, options: Partial<SelfTrainOptions> = {}, log?: (line: string) => void): TrainingSentence[] {
  const o = { ...SELF_TRAIN_DEFAULTS, ...options };
  const exclude = parseSelection(readFileSync(o.selection, 'utf8'), o.selection);
  const texts = parseLeipzig2015(readFileSync(leipzig2015Path(dataDir), 'utf8'), exclude);
  const model = decodeModel(readFileSync(o.model)).data;
  const scorer = new MarginScorer(model, loadLexicons());
  const tokenised = texts.map((s) => tokenizeWithOffsets(s.text).map((t) => t.text));
  const { sentences, stats } = labelSentences(tokenised, scorer, o);
  log?.(`selftrain: ${o.model} labelled ${stats.sentences} Leipzig 2015 sentences (${exclude.size} dev/test ids left out); kept ${stats.kept} (margin ${o.margin}, at most ${o.maxUnsure} unsure words), ${stats.unsureWords} of ${stats.words} words partial`);
  return sentences;
}
