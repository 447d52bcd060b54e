import type { Doc } from '../../document/doc.js';
import type { KbEntry } from '../../kb/types.js';
import { gatedSlot, tokenWords, type TokenWords } from '../../cache/word-info.js';
import { PRIORITY, type Candidate } from './candidate.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { adjectiveGate } from './adjective-gate.js';

const ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

/**
 * Derived adjectives of KB places (`chinesischen` -> China, `US-amerikanische` -> USA, `Münchner` -> München),
 * GermEval kind `deriv`. Capitalised forms count only for invariant city adjectives in `-er` and at sentence start.
 */
export function findDerivedAdjectives(doc: Doc, index: GazetteerIndex): Candidate[] {
  const out: Candidate[] = [];
  const stemsOf = adjectiveStems(index);
  const words = tokenWords(doc.tokens);
  doc.tokens.forEach((token, i) => {
    const matches = stemsOf(words, i);
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
const stemSlots = new WeakMap<GazetteerIndex, (words: TokenWords, i: number) => readonly StemMatch[]>();

/** The KB adjective stems a word ends in, per ending in order; kept per word in a WordInfo slot (news vocabulary repeats). */
function adjectiveStems(index: GazetteerIndex): (words: TokenWords, i: number) => readonly StemMatch[] {
  let slot = stemSlots.get(index);
  if (!slot) {
    const stems = (word: string) => {
      const lower = word.toLowerCase();
      let found: StemMatch[] | undefined;
      for (const ending of ENDINGS) {
        if (!lower.endsWith(ending)) continue;
        const stem = lower.slice(0, lower.length - ending.length);
        const entry = index.adjectives.get(stem);
        if (entry) (found ??= []).push({ stem, ending, entry });
      }
      return found ?? NO_MATCHES;
    };
    slot = gatedSlot(adjectiveGate(index.adjectives.keys(), ENDINGS), NO_MATCHES, stems);
    stemSlots.set(index, slot);
  }
  return slot;
}
