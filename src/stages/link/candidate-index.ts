import type { Kb } from '../../kb/load.js';
import type { KbEntry } from '../../kb/types.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import { foldKey, lastWord } from './fold.js';

/** Look-up tables from folded names to the KB entries they may name, built once per KB. */
export interface CandidateIndex {
  /** Full names and aliases: a strong match. */
  names: Map<string, KbEntry[]>;
  /** Short forms that need support from the article: context aliases and persons' surnames. */
  shortForms: Map<string, KbEntry[]>;
  /** Full-name keys by their last word, for spelling variants (`wladimir putin` under `putin`). */
  byLastWord: Map<string, string[]>;
}

const indexes = new WeakMap<Kb, CandidateIndex>();

function add(map: Map<string, KbEntry[]>, key: string, entry: KbEntry): void {
  if (!key) return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

/**
 * True when a generated table's name names other things too, so that it links only with support from the article:
 * short aliases (`SZ`, `BVB`) and single words that are German common nouns (`Union`, a Slovak insurer; `Allianz`).
 */
function needsSupport(entry: KbEntry, name: string): boolean {
  if (!entry.linkOnly) return false;
  return (name !== entry.name && name.length <= 4) || (!/\s/.test(name) && isCommonNoun(name, { compounds: false }));
}

/** Builds (once per KB) the candidate tables over every entry, curated and link-only alike. */
export function candidateIndex(kb: Kb): CandidateIndex {
  let index = indexes.get(kb);
  if (index) return index;
  index = { names: new Map(), shortForms: new Map(), byLastWord: new Map() };
  for (const entry of kb.all()) {
    for (const name of [entry.name, entry.nameEn, ...(entry.aliases ?? [])]) {
      if (name) add(needsSupport(entry, name) ? index.shortForms : index.names, foldKey(name), entry);
    }
    for (const alias of entry.contextAliases ?? []) add(index.shortForms, foldKey(alias), entry);
    if (entry.type === 'PER' && /\s/.test(entry.name)) add(index.shortForms, lastWord(foldKey(entry.name)), entry);
  }
  for (const key of index.names.keys()) {
    if (!key.includes(' ')) continue;
    const last = lastWord(key);
    const list = index.byLastWord.get(last);
    if (list) list.push(key);
    else index.byLastWord.set(last, [key]);
  }
  indexes.set(kb, index);
  return index;
}
