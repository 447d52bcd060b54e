import type { Kb } from '../../kb/load.js';
import type { KbEntry } from '../../kb/types.js';
import { memoWord } from '../../cache/memo.js';
import { ADJECTIVE_DEMONYM_ENDINGS, IRREGULAR_DEMONYMS, NAME_DEMONYM_ENDINGS, TOPONYM_DEMONYM_ENDINGS } from '../../lang/de/demonym-forms.js';
import { foldKey } from '../link/fold.js';

/** Place kinds whose names form demonyms (`Continent` has its own: `Europäer`). */
const DERIVING = new Set(['City', 'Country', 'State', 'AdministrativeArea', 'Place']);

/** The masculine demonym and its feminine (`Weimarer`, `Weimarerin`; `Katalane`, `Katalanin`), lower case. */
function withFeminine(masculine: string): string[] {
  const m = masculine.toLowerCase();
  return [m, m.endsWith('e') ? `${m.slice(0, -1)}in` : `${m}in`];
}

/** Demonyms derived from a place's name and adjectives by the rules of demonym-forms.ts, lower case. */
export function derivedDemonyms(entry: KbEntry): string[] {
  const out = new Set<string>();
  if (!/^\p{Lu}[\p{L}-]*$/u.test(entry.name)) return [];
  for (const [nameEnd, demonymEnd] of NAME_DEMONYM_ENDINGS) {
    if (entry.name.endsWith(nameEnd)) for (const f of withFeminine(entry.name.slice(0, entry.name.length - nameEnd.length) + demonymEnd)) out.add(f);
  }
  for (const adjective of entry.adjectives ?? []) {
    for (const [adjectiveEnd, demonymEnd] of ADJECTIVE_DEMONYM_ENDINGS) {
      if (adjective.endsWith(adjectiveEnd)) for (const f of withFeminine(adjective.slice(0, adjective.length - adjectiveEnd.length) + demonymEnd)) out.add(f);
    }
  }
  return [...out];
}

/**
 * The demonym index of the NER step (lower-case demonym to place): the KB's own demonyms, then for the KB places
 * that list none (`Liechtenstein`, `Katalonien`) the demonyms their names and adjectives derive
 * ({@link derivedDemonyms}) and the irregular ones of demonym-forms.ts (`Zyprioten`). A derived form claimed by two
 * places, or already a KB demonym, is left out (precision first), and so is one that `isPersonName` holds (capitalised:
 * `Anatole` from anatolisch, `Ander` from Anden, `Krakauer`), which a person may be called.
 */
export function nerDemonymIndex(kb: Kb, isPersonName: (word: string) => boolean = () => false): Map<string, KbEntry> {
  const index = new Map(kb.demonymIndex());
  const derived = new Map<string, KbEntry | null>();
  const claim = (form: string, entry: KbEntry) => {
    const seen = derived.get(form);
    derived.set(form, seen === undefined || seen === entry ? entry : null);
  };
  for (const entry of kb.names()) {
    if (entry.type !== 'LOC' || !DERIVING.has(entry.schemaType)) continue;
    for (const form of (IRREGULAR_DEMONYMS[entry.name] ?? []).map((d) => d.toLowerCase())) claim(form, entry);
    if (entry.demonyms?.length) continue;
    for (const form of derivedDemonyms(entry)) if (!isPersonName(form[0].toUpperCase() + form.slice(1))) claim(form, entry);
  }
  for (const [form, entry] of derived) if (entry && !index.has(form)) index.set(form, entry);
  return index;
}

/** A demonym of a town of the KB's link-only tables: the town when its name is unique there. */
export interface TownDemonym {
  entry?: KbEntry;
}

/**
 * Demonyms in -er of the towns of the KB's link-only tables (`Reinacher`, `Schaffhauser`, `Nassauer`), in any
 * inflection (`-n`, `-s`, `-in`, `-innen`): the rules of demonym-forms.ts that may be read backwards, a candidate name kept when
 * the table holds a place of exactly that name; or, without such a town, a word with a place name's ending
 * (`Gutmadinger`, `Pinzgauer`; demonym-forms.ts), without a KB id. Surnames share these shapes (`Steiner`,
 * `Bamberger`), so the step uses them only in a demonym's context (42-demonym-nouns.ts).
 */
export function townDemonymLookup(kb: Kb): (word: string) => TownDemonym | undefined {
  const table = kb.table;
  const lookup = memoWord((word) => {
    const m = TOWN_DEMONYM_SHAPE.exec(word);
    if (!m) return undefined;
    // A stem of a place name's shape longer than the ending (`Gutmadinger`; not `Berger`), when no table holds the town.
    const shaped = TOPONYM_DEMONYM_ENDINGS.some((end) => m[1].endsWith(end) && m[1].length >= end.length + 3);
    if (!table) return shaped ? {} : undefined;
    const places = new Set<KbEntry>();
    for (const [nameEnd, demonymEnd, backwards] of NAME_DEMONYM_ENDINGS) {
      if (!backwards || !m[1].endsWith(demonymEnd)) continue;
      const name = m[1].slice(0, m[1].length - demonymEnd.length) + nameEnd;
      if (name.length < 4) continue;
      for (const e of table.lookup(foldKey(name), 'name')) if (e.type === 'LOC' && e.schemaType === 'City' && e.name.split(/ \(|,/)[0] === name) places.add(e);
    }
    if (places.size === 0) return shaped ? {} : undefined;
    return places.size === 1 ? { entry: [...places][0] } : {};
  });
  // Most capitalised words have no demonym's ending: they skip the memo (whose misses cost a tenth of a run's NER).
  return (word) => (/er(?:n|s|in|innen)?$/.test(word) ? lookup(word) : undefined);
}

/** A demonym in -er of a town in any inflection (`Reinacher`, `Reinacherinnen`): the stem in group 1. */
const TOWN_DEMONYM_SHAPE = /^(\p{Lu}\p{Ll}+er)(?:n|s|in|innen)?$/u;
