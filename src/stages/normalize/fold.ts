const QUOTES = /[„“”‟«»‹›‚‘’‛]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

/** The normal form of a token: NFC, soft hyphens removed, ligatures expanded, quotes and dashes folded. */
export function normalForm(text: string): string {
  let out = text.normalize('NFC');
  if (out.includes('\u00ad')) out = out.replace(/\u00ad/g, '');
  out = out.replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c);
  out = out.replace(QUOTES, (q) => (q === '‚' || q === '‘' || q === '’' || q === '‛' ? "'" : '"'));
  return out.replace(DASHES, '-');
}
