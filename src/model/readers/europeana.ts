import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCollector } from './collector.js';
import { UNLABELED_O_MASK } from '../labels.js';
import type { TrainingSentence } from './types.js';

/** The three master `.bio` files of the German Europeana newspapers NER corpus (not `v0.2`, which overlaps). */
export function europeanaPaths(dataDir: string): string[] {
  return ['lft', 'onb', 'sbb'].map((lib) => join(dataDir, 'europeana-newspapers-ner-de', `enp_DE.${lib}.bio`));
}

/** Splits attached punctuation off an OCR token (`Welt,` -> `Welt` `,`); returns the word index among the parts. */
export function splitPunctuation(token: string): { parts: string[]; word: number } {
  const m = /^([„"»«(\[]*)(.*?)([,;:.!?")\]»«“]*)$/u.exec(token);
  if (!m || m[2] === '') return { parts: [token], word: 0 };
  const lead = [...m[1]];
  const trail = [...m[3]];
  // keep an abbreviation dot (`Dr.`, `St.`): short capitalised word followed by a single dot
  if (trail.length === 1 && trail[0] === '.' && /^\p{Lu}\p{Ll}{0,2}$/u.test(m[2])) return { parts: [...lead, m[2] + '.'], word: lead.length };
  return { parts: [...lead, m[2], ...trail], word: lead.length };
}

/**
 * Europeana newspapers `.bio` (`TOKEN TAG`, no sentence breaks): malformed and header lines are skipped,
 * punctuation is split off, pseudo-sentences end at `.`/`!`/`?` (at most 60 tokens). PER/LOC/ORG are kept; `O`
 * is the partial `O` (the corpus has no OTH, `deriv` or `part`).
 */
export function readEuropeana(file: string): TrainingSentence[] {
  const collector = createCollector();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const cols = line.split(' ');
    if (cols.length !== 2 || cols[0] === '' || (cols[0] === '#' && cols[1] !== 'O')) continue;
    const [token, tag] = cols;
    const { parts, word } = splitPunctuation(token);
    // Punctuation split off an entity token is outside it; the entity tag stays on the word.
    parts.forEach((p, i) => collector.add(p, i === word ? tag : 'O'));
    const last = parts[parts.length - 1];
    if (/^[.!?]$/.test(last) || collector.length >= 60) collector.flush();
  }
  collector.flush();
  return collector.sentences.map((s) => ({ words: s.words, masks: s.masks.map((m) => m || UNLABELED_O_MASK) }));
}
