import type { KbEntry } from '../../kb/types.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import { foldKey, lastWord } from './fold.js';

/**
 * True when a generated table's name names other things too, so that it links only with support from the article:
 * short aliases (`SZ`, `BVB`) and single words that are German common nouns (`Union`, a Slovak insurer; `Allianz`).
 */
function needsSupport(entry: KbEntry, name: string): boolean {
  if (!entry.linkOnly || reviewedAcronym(entry, name)) return false;
  return (name !== entry.name && name.length <= 4) || (!/\s/.test(name) && isCommonNoun(name, { compounds: false }));
}

/**
 * True for an organisation's acronym of three or more letters, two of them capitals, on an entry of the frequency
 * review (`news-frequent`: a reviewer read what the development news means by the name and confirmed the id):
 * `CIA`, `NSA`, `FBI`, `WDR`, `NYT`, `EuGH` mean that organisation in German news, and link as full names do.
 * Not two-letter ones (`EA`, `BR`) nor other types' short names (`Saar` is also a Czech town's German name).
 */
function reviewedAcronym(entry: KbEntry, name: string): boolean {
  return entry.source === 'news-frequent' && entry.type === 'ORG' && name.length >= 3 && /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}$/u.test(name);
}

/** The qualifier an official place name adds to the name news uses: `am Main`, `an der Queich`, `(Ostfriesland)`. */
const QUALIFIER = /^(\p{Lu}[\p{L}.-]{2,}(?: \p{Lu}[\p{L}.-]+)?)(?: (?:am|an der|an den|im|in der|in|ob der|bei|vor der|unter|ob) \p{Lu}.*| \(.+\)|\/\p{Lu}.*)$/u;

/**
 * The name a table place goes by in news when its official name is qualified (`Klagenfurt` for `Klagenfurt am
 * Wörthersee`, `Offenbach` for `Offenbach am Main`, `Leer` for `Leer (Ostfriesland)`), else undefined.
 */
export function placeHead(entry: KbEntry): string | undefined {
  if (entry.type !== 'LOC' || !entry.linkOnly) return undefined;
  const head = QUALIFIER.exec(entry.name)?.[1];
  return head && head.length >= 4 ? head : undefined;
}

/**
 * The folded keys an entry is a candidate under: `names` (full names and aliases: a strong match) and `short`
 * (context aliases, a person's surname, and names that need support). Shared by the linker and the compiled index.
 */
export function entryKeys(entry: KbEntry): { names: string[]; short: string[] } {
  const names = new Set<string>();
  const short = new Set<string>();
  for (const name of [entry.name, entry.nameEn, ...(entry.aliases ?? []), placeHead(entry)]) {
    if (name) (needsSupport(entry, name) ? short : names).add(foldKey(name));
  }
  for (const alias of entry.contextAliases ?? []) short.add(foldKey(alias));
  if (entry.type === 'PER' && /\s/.test(entry.name)) short.add(lastWord(foldKey(entry.name)));
  names.delete('');
  short.delete('');
  return { names: [...names], short: [...short] };
}
