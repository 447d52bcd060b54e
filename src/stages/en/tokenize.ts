import type { Doc } from '../../document/doc.js';
import type { Sentence } from '../../document/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { normalForm } from '../normalize/fold.js';
import { loadWink, winkTokens } from './wink.js';

/**
 * Tokenizes one block of an English article with wink-nlp. Blocks (headline, caption, paragraphs, from ingest)
 * always end sentences; tokens inside skipped spans (the metadata prefix) are left out.
 */
function tokenizeBlock(doc: Doc, block: { start: number; end: number; block: Sentence['block'] }): void {
  const slice = doc.text.slice(block.start, block.end);
  const { tokens, sentences } = winkTokens(slice);
  for (const [from, to] of sentences) {
    const index = doc.sentences.length;
    const tokenStart = doc.tokens.length;
    for (let i = from; i < to; i++) {
      const start = block.start + tokens[i].start;
      const end = block.start + tokens[i].end;
      if (doc.skip.some((s) => start < s.end && s.start < end)) continue;
      const text = doc.text.slice(start, end);
      doc.tokens.push({ start, end, text, norm: normalForm(text), sentence: index });
    }
    if (doc.tokens.length === tokenStart) continue;
    const first = doc.tokens[tokenStart];
    const last = doc.tokens[doc.tokens.length - 1];
    doc.sentences.push({ start: first.start, end: last.end, tokenStart, tokenEnd: doc.tokens.length, block: block.block });
  }
}

/**
 * English tokenizer and sentence splitter on wink-nlp (`tokenize.en.v1`). Sets normal forms on the tokens too
 * (`norms`), so that an English pipeline needs no German normaliser.
 */
export const tokenizeEnStage: Stage = {
  id: 'tokenize.en.v1',
  requires: ['meta'],
  provides: ['tokens', 'sentences', 'norms'],
  async create() {
    await loadWink();
    return (doc) => {
      const from = Math.max(0, ...doc.skip.map((s) => s.end));
      const blocks = doc.blocks.length ? doc.blocks : [{ start: from, end: doc.text.length, block: 'body' as const }];
      for (const block of blocks) tokenizeBlock(doc, block);
      doc.layers.add('tokens').add('sentences').add('norms');
    };
  },
};
