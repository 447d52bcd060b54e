import { isCommonNoun } from './common-nouns.js';

/** The word without a genitive ending, or undefined when it has none: `Nvidias` -> `Nvidia`, `Siemens'` -> `Siemens`. */
export function stripGenitive(word: string): string | undefined {
  // Only words ending in an apostrophe or `s` have one: most words stop at this test of their last code unit.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 && last !== 39 && last !== 0x2019) return undefined;
  if (/['’]$/.test(word)) return word.slice(0, -1);
  if (!/[^sxzß]s$/.test(word) || word.length <= 3) return undefined;
  // `H20-Chips` is a plural, not the genitive of `H20-Chip`: a compound whose head is a known noun form.
  const head = /[-\u2010\u2011](\p{Lu}[\p{L}]*)$/u.exec(word)?.[1];
  if (head && isCommonNoun(head, { compounds: false })) return undefined;
  return word.slice(0, -1);
}
