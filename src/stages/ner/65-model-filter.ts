import type { Doc } from '../../document/doc.js';
import { firstStartingAt } from '../../document/offsets.js';
import { isDiseaseMention } from '../../lang/de/diseases.js';
import { isFieldLabel } from '../../lang/de/field-labels.js';
import { tokenWords } from '../../cache/word-info.js';
import { insideTitle, titleLength } from './50-role-names.js';
import { splitAtBrackets } from './bracket-split.js';
import { splitAtConjunctions } from './coordination-split.js';
import { joinNounAndName } from './noun-name-join.js';
import { joinNicknames } from './nickname-join.js';
import { namedSpans, type FilterContext } from './named-spans.js';
import { placeOfOrganisation } from './place-of-organisation.js';
import { trimPersonEdges } from './person-edges.js';
import { PRIORITY, type Candidate } from './candidate.js';
import { cueBefore, describer, keepSingleWord, neverAName } from './single-word-filter.js';

/** What the filter needs to know beyond the text. */
export interface ModelFilterContext {
  /** True for a demonym noun of a KB place in any inflection (`Italiener`, `Franzosen`, `Schweizerin`). */
  isDemonym(word: string): boolean;
  /** Candidates of the other sources: a one-word person is trusted when it is part of a longer person name. */
  others: readonly Candidate[];
}

/**
 * Cleans the learned tagger's mentions, which treat many capitalised common nouns as names. Describing words at
 * the edges are cut off (`Hydrologin Prof.` -> nothing, `Radpanzer Boxer` -> `Boxer`, `Rivalen Curevac` ->
 * `Curevac`); single words that are common-noun forms (`Triebwerken`, `Klausel`), roles (`Projektleiter`),
 * abbreviations (`Dr.`, `Nr.`) or demonym nouns (`die Italiener`) are dropped. A one-word person that is no part
 * of a longer person name in the article takes its type from the noun before it: `Hersteller Vestas` is ORG,
 * `Impfstoff Comirnaty` a PRODUCT; the type then holds for the same word elsewhere in the article. Spans are cut
 * at brackets; diseases (`Corona-Zeiten`), interjections (`Tja`) and noun+noun compounds after a determiner
 * (`vor dem Flüchtlingsheim`) are dropped; person spans are trimmed to the name (`person-edges.ts`).
 */
export function filterModelMentions(doc: Doc, candidates: readonly Candidate[], outer: ModelFilterContext): Candidate[] {
  const context: FilterContext = { ...outer, named: namedSpans(outer.others) };
  const kept: Array<{ c: Candidate; cue?: 'ORG' | 'PRODUCT' }> = [];
  const words = tokenWords(doc.tokens);
  for (const c of splitAtConjunctions(doc, splitAtBrackets(doc, joinNicknames(doc, joinNounAndName(doc, candidates))))) {
    // The tokens inside the candidate: a run from the first one starting in it (tokens are ordered, non-overlapping).
    const from = firstStartingAt(doc.tokens, c.start);
    let to = from;
    while (to < doc.tokens.length && doc.tokens[to].end <= c.end) to++;
    if (isDiseaseMention(doc.text.slice(c.start, c.end))) continue;
    if (c.kind === 'part' || to === from) {
      if (!neverAName(doc.text.slice(c.start, c.end))) kept.push({ c });
      continue;
    }
    let first = 0;
    let last = to - from - 1;
    let cue = cueBefore(doc, words, from);
    for (let k = 0; k < last; k++) {
      const d = describer(words, from + k);
      // Titles and roles are cut only at the start; a describing noun is part of a name of its own type
      // (`Verlag Paul Haupt`, `Baureihe M 120.3` as OTH), elsewhere it is cut with all before it.
      // `Premier-League-Club FC Sunderland`: a hyphenated describer is a description even of its own type.
      // Not before a lower-case word: `Max-Planck-Institut für Plasmaphysik` is the name.
      const hyphenated = k === first && d === 'ORG' && c.type === 'ORG' && /[-\u2010\u2011]/.test(doc.tokens[from + k].norm) && /^[\p{Lu}\d]/u.test(doc.tokens[from + k + 1].norm);
      if ((d === 'other' && k === first) || hyphenated || (d && d !== 'other' && d !== c.type && !(d === 'PRODUCT' && c.type === 'OTH'))) {
        first = k + 1;
        if (d !== 'other') cue = d;
      }
    }
    // `US Open Bild: EPA`: a photo credit's label after a name is no part of it.
    while (last >= first && (describer(words, from + last) === 'other' || isFieldLabel(doc.tokens, from + last))) last--;
    // `WKN: 540888`: a field label and its colon opening the span label the value after them.
    while (first + 1 <= last && isFieldLabel(doc.tokens, from + first)) first += 2;
    if (c.type === 'PER' && last > first) ({ first, last } = shift(trimPersonEdges(doc.tokens, from + first, from + last), from));
    let type = c.type;
    if (type === 'ORG') ({ first, type } = placeOfOrganisation(doc.tokens, from, first, last));
    if (last < first) continue;
    const span: Candidate = { ...c, type, start: doc.tokens[from + first].start, end: doc.tokens[from + last].end };
    if (neverAName(doc.text.slice(span.start, span.end))) continue;
    // `Dr` `.` as pre-tokenized text splits a title: never a name
    if (first === last && titleLength(doc.tokens, from + first) >= 2) continue;
    // `Herr Dr. med. Weber`: `med` is part of the title before it, never a name.
    if (first === last && insideTitle(doc.tokens, from + first)) continue;
    if (first === last && !keepSingleWord(doc, words, from + first, c, context)) continue;
    kept.push({ c: span, cue: first === last ? cue : undefined });
  }
  // Words of longer person names (after trimming): `Rohrbach` after `Anna Rohrbach` stays a person.
  const personWords = new Set<string>();
  const addPersonWords = (c: Candidate) => {
    if (c.type !== 'PER') return;
    const words = doc.text.slice(c.start, c.end).split(/\s+/);
    if (words.length > 1) for (const w of words) personWords.add(w);
  };
  for (const c of context.others) addPersonWords(c);
  for (const k of kept) addPersonWords(k.c);
  for (const k of kept) if (k.cue && personWords.has(doc.text.slice(k.c.start, k.c.end))) k.cue = undefined;
  const retyped = new Map<string, Candidate['type']>();
  for (const { c, cue } of kept) if (cue && c.type === 'PER') retyped.set(doc.text.slice(c.start, c.end), cue);
  return kept.map(({ c }) => {
    const type = c.type === 'PER' && c.kind === 'name' ? retyped.get(doc.text.slice(c.start, c.end).replace(/['’]?s$/, '')) ?? retyped.get(doc.text.slice(c.start, c.end)) : undefined;
    return type ? { ...c, type, priority: PRIORITY.modelRetyped } : c;
  });
}

/** Token bounds made relative to `from`. */
function shift(b: { first: number; last: number }, from: number): { first: number; last: number } {
  return { first: b.first - from, last: b.last - from };
}
