import type { Doc } from '../../document/doc.js';
import type { Span } from '../../document/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { rawTokens } from './10-raw-tokens.js';
import { mergePeriods } from './20-merge-periods.js';
import { mergeGenitiveApostrophes } from './30-genitive-apostrophe.js';
import { compoundParts } from './40-compound-parts.js';
import { splitSentences } from './50-sentences.js';

/** Tokenizes one block into the document's tokens and sentences. */
export function tokenizeBlock(doc: Doc, block: Span & { block: Doc['sentences'][number]['block'] }): void {
  let spans = rawTokens(doc.text, block);
  spans = mergePeriods(doc.text, spans);
  spans = mergeGenitiveApostrophes(doc.text, spans);
  const first = doc.tokens.length;
  for (const s of splitSentences(doc.text, spans, first, block.block)) {
    const index = doc.sentences.length;
    doc.sentences.push(s);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const span = spans[i - first];
      const text = doc.text.slice(span.start, span.end);
      const parts = compoundParts(doc.text, span);
      // Two literals rather than a spread: one object per token, and the same key order.
      doc.tokens.push(parts ? { start: span.start, end: span.end, text, norm: text, sentence: index, parts } : { start: span.start, end: span.end, text, norm: text, sentence: index });
    }
  }
}

/** The tokens of a short text (a KB name) as the tokenizer splits a document: `Sat.1` -> `Sat`, `.`, `1`. */
export function tokenizeWords(text: string): string[] {
  let spans = rawTokens(text, { start: 0, end: text.length });
  spans = mergePeriods(text, spans);
  spans = mergeGenitiveApostrophes(text, spans);
  return spans.map((s) => text.slice(s.start, s.end));
}

/**
 * German tokenizer and sentence splitter (`tokenize.de.v1`): abbreviations, ordinals, decimal commas, thousands
 * separators, hyphen compounds with their parts, genitive apostrophes, quotes and brackets; blocks from ingest
 * (headline, caption, heading, paragraphs) always end sentences.
 */
export const tokenizeStage: Stage = {
  id: 'tokenize.de.v1',
  requires: ['meta'],
  provides: ['tokens', 'sentences'],
  create: () => (doc) => {
    const blocks = doc.blocks.length ? doc.blocks : [{ start: 0, end: doc.text.length, block: 'body' as const }];
    for (const block of blocks) tokenizeBlock(doc, block);
    doc.layers.add('tokens').add('sentences');
  },
};
