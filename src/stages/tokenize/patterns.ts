/**
 * The token pattern, tried in order at each position (sticky). Letters include all Unicode letters, soft hyphens
 * (U+00AD) and the invisible joiners that pasted or scraped text carries inside words (U+200C, U+200D, U+2060,
 * U+FEFF), so that `Nvi\u00ADdia` and `Mer\u200Dkel` stay one word; normal forms drop them later.
 */
const L = '\\p{L}\\p{M}\\u00AD\\u200C\\u200D\\u2060\\uFEFF';
/** A word starts with a visible letter or digit: an invisible joiner before it (a BOM) is not part of it. */
const WORD = `[\\p{L}\\p{M}\\u00AD\\d][${L}\\d]*(?:['’][${L}]+)*`;
const HYPHEN = '[-\\u2010\\u2011]';

export const TOKEN_PATTERN = new RegExp(
  [
    // URLs and e-mail addresses.
    `(?:https?://|www\\.)[^\\s"“”„<>]+[^\\s"“”„<>.,;:!?)]`,
    `[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+`,
    // Numbers: 35.000, 4,5, 1.234,56, 2025-07-01, 10:30.
    `\\d{4}-\\d{2}(?:-\\d{2})?(?![\\d${L}])`,
    `\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?![\\d${L}])`,
    `\\d+(?:[,:]\\d+)+(?![${L}])`,
    // Model names with an inner period: ID.3, ID.Buzz (capitals, a period, then a digit or capital, no space).
    `\\p{Lu}{1,4}\\.[\\d\\p{Lu}][${L}\\d]*`,
    // Words with hyphen compounds (Nvidia-Chef, H20-Chips, US-Regierung) and truncations (Bundes- und).
    `${WORD}(?:${HYPHEN}${WORD})*${HYPHEN}?`,
    // Genitive apostrophe after s/x/z (Siemens', Grass'): a word then an apostrophe.
    `['’]`,
    // Ellipsis, runs of the same punctuation, any other single symbol.
    `\\.\\.\\.|…`,
    `[^\\s]`,
  ].join('|'),
  'uy',
);

/** Characters that may end a sentence. */
export const SENTENCE_END = new Set(['.', '!', '?', '…', '...']);

/** Closing quotes and brackets that belong to the sentence they close. */
export const CLOSERS = new Set(['“', '”', '"', '»', '«', '‘', '’', "'", ')', ']', '›']);
