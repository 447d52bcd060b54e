import type { DocOutcome } from './doc-task.js';

/**
 * The longest text (in UTF-16 code units, after decoding and HTML extraction) that one document may have. The
 * analysis of a document lives in one worker's heap (256 MB old generation, the same for every `--jobs`): with
 * German news text, 512 KB was done and 1 MB failed with "JS heap out of memory" after tens of seconds
 * (`faktum run --jobs 1`, scripts/bench/worst-cases.mjs --run); the limit keeps a margin below what was done.
 * Refused up front instead, with a reason that says what to do. Splitting such a text at paragraph breaks inside
 * faktum was not chosen: the pieces' entities would not be the whole document's (coreference and propagation span
 * the article), and the JSON-LD and N-Quads of a text this long (tens of bytes of N-Quads per byte of text) would
 * not fit the heap either.
 */
export const MAX_TEXT_CHARS = 400_000;

/** The failure of a document whose text is over MAX_TEXT_CHARS, or undefined. */
export function tooLarge(text: string): Extract<DocOutcome, { kind: 'failed' }> | undefined {
  if (text.length <= MAX_TEXT_CHARS) return undefined;
  return {
    kind: 'failed',
    ruleId: 'too-large',
    reason: `text of ${text.length} characters is over the limit of ${MAX_TEXT_CHARS} per document (one worker's heap holds the analysis of about that much); split it into smaller documents at paragraph breaks and run again`,
  };
}
