import { readFileSync } from 'node:fs';

/** One gold mention: a span of one sentence and what it names (a QID, NIL, or `?` when not confirmed). */
export interface LinkGoldMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
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
 * Reads a linking gold file (JSON Lines: `#` comments, one mention per line, a last line `{"sentences": [...]}`).
 * Throws naming `file:line` for a malformed line: the gold is the project's own data.
 */
export function readLinkGold(file: string): LinkGold {
  const gold: LinkGold = { mentions: [], sentences: [], region: 'all' };
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const value = JSON.parse(line) as Partial<LinkGoldMention> & { sentences?: number[]; region?: LinkGold['region'] };
    if (Array.isArray(value.sentences)) {
      gold.sentences = value.sentences;
      if (value.region === 'to-first-comma') gold.region = value.region;
    }
    else if (typeof value.sentence === 'number' && typeof value.start === 'number' && typeof value.end === 'number' && 'qid' in value) {
      gold.mentions.push(value as LinkGoldMention);
    } else throw new Error(`${file}:${i + 1}: not a gold mention nor the sentence list`);
  });
  return gold;
}
