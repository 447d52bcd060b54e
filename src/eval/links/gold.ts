import { readFileSync } from 'node:fs';

/** One gold mention: a span of one sentence and what it names (a QID, NIL, or `?` when not confirmed). */
export interface LinkGoldMention {
  sentence: number;
  start: number;
  end: number;
  /**
   * The mention's surface, a check on the offsets. Called `anchor` (as NIF's `anchorOf`), not `text`: a JSON Lines
   * record with a `text` is an article to `faktum run`, which walks `corpus/`.
   */
  anchor: string;
  type: string;
  /** `Q…`, null for NIL, `?` for unconfirmed (not scored). */
  qid: string | null;
}

/** A linking gold set: its mentions and every sentence id it covers (also those without names). */
export interface LinkGold {
  mentions: LinkGoldMention[];
  sentences: number[];
  /**
   * The part of each sentence that was annotated: `all`, or `to-first-comma` (the text before the sentence's first
   * comma: the first gold set was made from a CSV reading that cut each sentence there). Links outside it are not
   * scored.
   */
  region: 'all' | 'to-first-comma';
}

/**
 * Reads a linking gold file: one JSON object `{ about, region, sentences, mentions }` (an object without a `text`,
 * so that `faktum run corpus` passes it over as no article). Throws naming the file for a malformed one: the gold
 * is the project's own data.
 */
export function readLinkGold(file: string): LinkGold {
  const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<LinkGold>;
  const ok = (m: Partial<LinkGoldMention>) => typeof m.sentence === 'number' && typeof m.start === 'number' && typeof m.end === 'number' && 'qid' in m;
  if (!Array.isArray(value.mentions) || !Array.isArray(value.sentences) || !value.mentions.every(ok)) {
    throw new Error(`${file}: not a linking gold file (an object with "sentences" and "mentions" of sentence, start, end, qid)`);
  }
  return { mentions: value.mentions, sentences: value.sentences, region: value.region === 'to-first-comma' ? 'to-first-comma' : 'all' };
}
