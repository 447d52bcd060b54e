const QUOTES = /[„“”‟«»‹›‚‘’‛]/g;
/** Soft hyphens and invisible joiners inside words (the tokenizer keeps them in the word): not part of the name. */
const INVISIBLE = /[\u00ad\u200c\u200d\u2060\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

/**
 * True when normalForm leaves the text as it is, decided from its code units alone: all below U+0300 (Latin
 * letters and punctuation: NFC-stable, no combining marks, dashes or ligatures), and none of `«`, `»` or the
 * soft hyphen. Most German tokens pass (`Müller`, `Straße`, `35.000`), and skip four passes over the text.
 */
export function isNormalForm(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 || c === 0xab || c === 0xbb || c === 0xad) return false;
  }
  return true;
}

/** The normal form of a token: NFC, soft hyphens and invisible joiners removed, ligatures expanded, quotes and dashes folded. */
export function normalForm(text: string): string {
  if (isNormalForm(text)) return text;
  let out = text.normalize('NFC');
  out = out.replace(INVISIBLE, '');
  out = out.replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c);
  out = out.replace(QUOTES, (q) => (q === '‚' || q === '‘' || q === '’' || q === '‛' ? "'" : '"'));
  return out.replace(DASHES, '-');
}
