const QUOTES = /[„“”‟«»‹›‚‘’‛]/g;
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

/** The normal form of a token: NFC, soft hyphens removed, ligatures expanded, quotes and dashes folded. */
export function normalForm(text: string): string {
  if (isNormalForm(text)) return text;
  let out = text.normalize('NFC');
  if (out.includes('\u00ad')) out = out.replace(/\u00ad/g, '');
  out = out.replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c);
  out = out.replace(QUOTES, (q) => (q === '‚' || q === '‘' || q === '’' || q === '‛' ? "'" : '"'));
  return out.replace(DASHES, '-');
}
