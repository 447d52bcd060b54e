import type { Doc } from '../../document/doc.js';
import type { KbEntry } from '../../kb/types.js';
import { memoWord } from '../../lang/de/memo.js';
import { PRIORITY, type Candidate } from './candidate.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { firstPair } from './20-gazetteer.js';

const ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

/**
 * Derived adjectives of KB places (`chinesischen` -> China, `US-amerikanische` -> USA, `Münchner` -> München),
 * GermEval kind `deriv`. Capitalised forms count only for invariant city adjectives in `-er` and at sentence start.
 */
export function findDerivedAdjectives(doc: Doc, index: GazetteerIndex): Candidate[] {
  const out: Candidate[] = [];
  const stemsOf = adjectiveStems(index);
  doc.tokens.forEach((token, i) => {
    const matches = stemsOf(token.norm);
    if (!matches.length) return;
    const sentenceStart = i === 0 || doc.tokens[i - 1].sentence !== token.sentence;
    for (const { stem, ending, entry } of matches) {
      const capitalised = /^\p{Lu}/u.test(token.norm) && !/^\p{Lu}{2,}-/u.test(token.norm);
      if (capitalised && !sentenceStart && !(stem.endsWith('er') && ending === '')) continue;
      out.push({ start: token.start, end: token.end, type: entry.type, kind: 'deriv', source: 'rule:derived-adjective', confidence: 0.85, priority: PRIORITY.adjective, kbId: entry.id });
      return;
    }
  });
  return out;
}

interface StemMatch {
  stem: string;
  ending: string;
  entry: KbEntry;
}

const NO_MATCHES: readonly StemMatch[] = [];
const stemMemos = new WeakMap<GazetteerIndex, (word: string) => readonly StemMatch[]>();

/** The KB adjective stems a word ends in, per ending in order; memoised per word (news vocabulary repeats). */
function adjectiveStems(index: GazetteerIndex): (word: string) => readonly StemMatch[] {
  let memo = stemMemos.get(index);
  if (!memo) {
    memo = memoWord((word: string) => {
      const lower = word.toLowerCase();
      let found: StemMatch[] | undefined;
      for (const ending of ENDINGS) {
        if (!lower.endsWith(ending)) continue;
        const stem = lower.slice(0, lower.length - ending.length);
        const entry = index.adjectives.get(stem);
        if (entry) (found ??= []).push({ stem, ending, entry });
      }
      return found ?? NO_MATCHES;
    });
    // A stem is the lower-cased word less an ending of up to two characters; for a word of four or more
    // characters whose first two are ASCII, it starts with those two lower-cased. Most words fail that test.
    const pairs = new Set<number>();
    for (const stem of index.adjectives.keys()) if (stem.length >= 2) pairs.add(firstPair(stem));
    const cached = memo;
    memo = (word) => {
      const a = word.charCodeAt(0);
      const b = word.charCodeAt(1);
      if (word.length < 4 || a >= 128 || b >= 128) return cached(word);
      return pairs.has(asciiLower(a) * 65536 + asciiLower(b)) ? cached(word) : NO_MATCHES;
    };
    stemMemos.set(index, memo);
  }
  return memo;
}

/** An ASCII code unit in lower case. */
function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
