import type { Stage } from '../../pipeline/stage.js';
import { forgetTokenWords } from '../../cache/word-info.js';
import { normalForm } from './fold.js';

/**
 * Per-token normal forms (`normalize.de.v1`). Runs after tokenization because DESIGN.md keeps `doc.text` intact
 * and normal forms live on tokens; the tokenizer itself treats soft hyphens as letters and all dashes and quotes
 * alike, so tokens do not depend on normalisation.
 */
export const normalizeStage: Stage = {
  id: 'normalize.de.v1',
  requires: ['tokens'],
  provides: ['norms'],
  create: () => (doc) => {
    for (const token of doc.tokens) token.norm = normalForm(token.text);
    // Words looked up before (by the document's tokens) are stale now.
    forgetTokenWords();
    doc.layers.add('norms');
  },
};
